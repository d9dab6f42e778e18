import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Field, FormStatus, SelectField, TextField } from '../form/Field';
import { useUnsavedGuard } from '../form/guard';
import { fieldErrorsOf, isRetryable } from '../form/server-errors';
import { formatHours } from '../format';
import { AddSocialDeviceDocument, RemoveSocialDeviceDocument, type SocialDeviceInput, type SocialDeviceKind } from '../gql/graphql';

/** Each kind of social device, with the article of the Code de la commande publique it rests on. */
export const SOCIAL_DEVICE_KIND: Record<SocialDeviceKind, string> = {
  EXECUTION_CONDITION: 'Condition d’exécution (art. L2112-2 CCP)',
  AWARD_CRITERION: 'Critère d’attribution (art. L2152-7 CCP)',
  RESERVED_SIAE: 'Lot réservé aux SIAE (art. L2113-13 CCP)',
  RESERVED_DISABILITY: 'Lot réservé aux EA et ESAT (art. L2113-12 CCP)',
};

interface Device {
  id: string;
  kind: SocialDeviceKind;
  hoursTarget?: string | null;
  weightPercent?: string | null;
  subCriteria?: string | null;
}

interface Props {
  lot: { id: string; number: number; title: string; socialDevices: Device[] };
  onChanged: () => void;
}

const decimal = (text: string) => text.trim().replace(/\s/g, '').replace(',', '.');

/** What a device says in the list: its kind, and the one figure of its kind. */
function summary(device: Device): string {
  const kind = SOCIAL_DEVICE_KIND[device.kind];
  if (device.kind === 'EXECUTION_CONDITION') return `${kind} : ${formatHours(device.hoursTarget)}`;
  if (device.kind === 'AWARD_CRITERION') {
    return `${kind} : ${(device.weightPercent ?? '').replace('.', ',').replace(/,00$/, '')} % de la note${device.subCriteria ? ` — ${device.subCriteria}` : ''}`;
  }
  return `${kind} : sans objectif d’heures`;
}

/**
 * « Dispositifs sociaux » of one lot: the devices it carries, one of each kind at most (an execution condition,
 * an award criterion, reservations), a form where the kind is chosen first and only its fields follow, and
 * removal. The server decides; its refusals land on the field they name, in French.
 */
export function LotSocialDevices({ lot, onChanged }: Props) {
  const free = (Object.keys(SOCIAL_DEVICE_KIND) as SocialDeviceKind[]).filter((kind) => !lot.socialDevices.some((device) => device.kind === kind));
  const [kind, setKind] = useState<SocialDeviceKind | ''>('');
  const [hours, setHours] = useState('');
  const [justification, setJustification] = useState('');
  const [weight, setWeight] = useState('');
  const [subCriteria, setSubCriteria] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string }>();
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [, addDevice] = useMutation(AddSocialDeviceDocument);
  const [, removeDevice] = useMutation(RemoveSocialDeviceDocument);
  useUnsavedGuard((hours !== '' || justification !== '' || weight !== '' || subCriteria !== '') && !saving);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  const id = (name: string) => `lot-${lot.number}-device-${name}`;

  function inputOf(chosen: SocialDeviceKind): SocialDeviceInput {
    if (chosen === 'EXECUTION_CONDITION') return { kind: chosen, manualHours: decimal(hours), manualJustification: justification.trim() };
    if (chosen === 'AWARD_CRITERION') return { kind: chosen, weightPercent: decimal(weight), ...(subCriteria.trim() ? { subCriteria: subCriteria.trim() } : {}) };
    return { kind: chosen };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    if (!kind) return finish({ kind: 'Choisissez d’abord la nature du dispositif.' });
    setSaving(true);
    setStatus(undefined);
    // The same device sent again (a double click, a retry) is the one the server already has: it answers it back.
    const result = await addDevice({ lotId: lot.id, input: inputOf(kind) });
    if (result.data) {
      setHours('');
      setJustification('');
      setWeight('');
      setSubCriteria('');
      setKind('');
      onChanged();
      return finish({}, undefined, `Dispositif ajouté au lot ${lot.number} : ${SOCIAL_DEVICE_KIND[kind]}.`);
    }
    if (isRetryable(result.error)) return finish({}, 'Le service ne répond pas : réessayez dans un instant.');
    const next: Record<string, string> = {};
    for (const error of fieldErrorsOf(result.error) ?? []) {
      if (error.field && ['manualHours', 'manualJustification', 'weightPercent', 'subCriteria', 'kind'].includes(error.field)) next[error.field] = error.message;
      else return finish(next, error.message);
    }
    return finish(next, 'Le dispositif n’a pas été ajouté : corrigez les champs signalés.');
  }

  function finish(next: Record<string, string>, error?: string, success?: string) {
    setSaving(false);
    setErrors(next);
    if (error) setStatus({ kind: 'error', message: error });
    else if (success) setStatus({ kind: 'success', message: success });
  }

  async function remove(device: Device) {
    if (!window.confirm(`Retirer « ${SOCIAL_DEVICE_KIND[device.kind]} » du lot ${lot.number} ?`)) return;
    const result = await removeDevice({ lotId: lot.id, kind: device.kind });
    if (result.data) {
      onChanged();
      setStatus({ kind: 'success', message: `Dispositif retiré du lot ${lot.number} : ${SOCIAL_DEVICE_KIND[device.kind]}.` });
    } else {
      setStatus({ kind: 'error', message: isRetryable(result.error) ? 'Le service ne répond pas : réessayez dans un instant.' : ((fieldErrorsOf(result.error) ?? [])[0]?.message ?? 'Le dispositif n’a pas été retiré.') });
    }
  }

  return (
    <div className="lot-devices">
      <h3 id={id('titre')}>
        Lot {lot.number} — {lot.title}
      </h3>
      {lot.socialDevices.length === 0 ? (
        <p className="muted">Aucun dispositif social.</p>
      ) : (
        <ul className="device-list" aria-labelledby={id('titre')}>
          {lot.socialDevices.map((device) => (
            <li key={device.id}>
              {summary(device)}{' '}
              <button type="button" className="button button-secondary button-small" onClick={() => void remove(device)}>
                Retirer<span className="visually-hidden"> {SOCIAL_DEVICE_KIND[device.kind]} du lot {lot.number}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {free.length > 0 && (
        <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="work-form">
          <fieldset>
            <legend>Ajouter un dispositif au lot {lot.number}</legend>
            <SelectField
              id={id('kind')}
              label="Nature du dispositif"
              value={kind}
              onChange={(value) => {
                setKind(value as SocialDeviceKind | '');
                setErrors({});
                setStatus(undefined);
              }}
              options={[{ value: '', label: 'Choisir…' }, ...free.map((value) => ({ value, label: SOCIAL_DEVICE_KIND[value] }))]}
              error={errors.kind}
            />
            {kind === 'EXECUTION_CONDITION' && (
              <div className="form-row">
                <TextField id={id('manualHours')} label="Objectif d’heures d’insertion" inputMode="decimal" value={hours} onChange={setHours} error={errors.manualHours} />
                <Field id={id('manualJustification')} label="Justification de l’objectif" error={errors.manualJustification}>
                  {(described) => <textarea id={id('manualJustification')} rows={2} value={justification} onChange={(event) => setJustification(event.target.value)} {...described} />}
                </Field>
              </div>
            )}
            {kind === 'AWARD_CRITERION' && (
              <div className="form-row">
                <TextField
                  id={id('weightPercent')}
                  label="Pondération (% de la note)"
                  hint="Plus de 0 et moins de 100 : le prix ou le coût reste un critère (art. R2152-7 CCP)."
                  inputMode="decimal"
                  value={weight}
                  onChange={setWeight}
                  error={errors.weightPercent}
                />
                <Field id={id('subCriteria')} label="Sous-critères" error={errors.subCriteria}>
                  {(described) => <textarea id={id('subCriteria')} rows={2} value={subCriteria} onChange={(event) => setSubCriteria(event.target.value)} {...described} />}
                </Field>
              </div>
            )}
            {(kind === 'RESERVED_SIAE' || kind === 'RESERVED_DISABILITY') && (
              <p className="hint">Un lot réservé n’a pas d’objectif d’heures : ce sont les structures qui y répondent qui emploient les personnes visées.</p>
            )}
            <div className="save-bar">
              <button type="submit" className="button" disabled={saving}>
                Ajouter le dispositif
              </button>
              <FormStatus kind={status?.kind} message={status?.message} />
            </div>
          </fieldset>
        </form>
      )}
      {free.length === 0 && <FormStatus kind={status?.kind} message={status?.message} />}
    </div>
  );
}
