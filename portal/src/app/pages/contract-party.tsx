import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormStatus, SelectField, TextField } from '../form/Field';
import { useUnsavedGuard } from '../form/guard';
import { fieldErrorsOf, isRetryable } from '../form/server-errors';
import { PARTY_ROLE } from '../format';
import { AddContractPartyDocument, CompanyBySiretDocument, CreateCompanyDocument, type PartyRole } from '../gql/graphql';

interface Props {
  contractId: string;
  lots: { id: string; number: number; title: string }[];
  onAdded: () => void;
}

/**
 * « Ajouter une entreprise »: a SIRET checked by the server as it is typed (its key error shows on the field),
 * the company found by it or created on the way, then linked to the contract or one of its lots.
 */
export function AddParty({ contractId, lots, onAdded }: Props) {
  const [siret, setSiret] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<PartyRole>('HOLDER');
  const [lotId, setLotId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string }>();
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const typed = siret.replace(/\s/g, '');
  const [lookup] = useQuery({ query: CompanyBySiretDocument, variables: { siret: typed }, pause: typed.length !== 14 });
  const [, createCompany] = useMutation(CreateCompanyDocument);
  const [, addParty] = useMutation(AddContractPartyDocument);
  useUnsavedGuard(siret !== '' && !saving);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]:not(#siret)')?.focus();
  }, [errors]);

  const checked = typed.length === 14 && !lookup.fetching && lookup.data !== undefined && typed === lookup.operation?.variables.siret;
  const [lookupError] = typed.length === 14 && !lookup.fetching ? (fieldErrorsOf(lookup.error) ?? []) : [];
  const company = checked ? lookup.data?.company : undefined;
  const unknown = checked && lookup.data?.company === null;
  const siretError =
    errors.siret ?? lookupError?.message ?? (typed.length > 0 && typed.length !== 14 && /\D/.test(typed) ? 'Un SIRET ne compte que des chiffres.' : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setStatus(undefined);
    const next: Record<string, string> = {};
    if (unknown) {
      const created = await createCompany({ input: { siret: typed, name: name.trim() } });
      const [error] = fieldErrorsOf(created.error) ?? [];
      // Created meanwhile (a retry, another tab): the company exists, which is all this step needs.
      if (isRetryable(created.error)) return finish({}, 'Le service ne répond pas : réessayez dans un instant.');
      if (error && error.code !== 'CONFLICT') return finish({ [error.field === 'siret' ? 'siret' : 'companyName']: error.message });
    }
    const added = await addParty({ input: { contractId, siret: typed, role, ...(lotId ? { lotId } : {}) } });
    if (added.data) {
      setSiret('');
      setName('');
      onAdded();
      return finish({}, undefined, 'Entreprise ajoutée au marché.');
    }
    if (isRetryable(added.error)) return finish({}, 'Le service ne répond pas : réessayez dans un instant.');
    for (const error of fieldErrorsOf(added.error) ?? []) {
      if (error.field === 'siret' || error.field === 'lotId') next[error.field] = error.message;
      else return finish(next, error.message);
    }
    return finish(next, 'L’entreprise n’a pas été ajoutée : corrigez les champs signalés.');
  }
  function finish(next: Record<string, string>, error?: string, success?: string) {
    setSaving(false);
    setErrors(next);
    if (error) setStatus({ kind: 'error', message: error });
    else if (success) setStatus({ kind: 'success', message: success });
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="work-form">
      <fieldset>
        <legend>Ajouter une entreprise</legend>
        <TextField
          id="siret"
          label="SIRET"
          hint="14 chiffres, vérifiés pendant la saisie."
          inputMode="numeric"
          value={siret}
          onChange={(value) => {
            setSiret(value);
            setErrors({});
          }}
          error={siretError}
        />
        <p className="siret-status" role="status">
          {company
            ? `Entreprise connue : ${company.name}${company.insertionStructure ? ` — structure d’insertion : ${company.insertionStructure.name}` : ''}.`
            : unknown
              ? 'Entreprise inconnue : indiquez sa raison sociale, elle sera créée.'
              : ''}
        </p>
        {unknown && <TextField id="companyName" label="Raison sociale" value={name} onChange={setName} error={errors.companyName} />}
        <div className="form-row">
          <SelectField id="role" label="Rôle" value={role} onChange={(value) => setRole(value as PartyRole)} options={Object.entries(PARTY_ROLE).map(([value, label]) => ({ value, label }))} />
          <SelectField
            id="lotId"
            label="Lot"
            value={lotId}
            onChange={setLotId}
            options={[{ value: '', label: 'Le marché entier' }, ...lots.map((lot) => ({ value: lot.id, label: `Lot ${lot.number} — ${lot.title}` }))]}
            error={errors.lotId}
          />
        </div>
        <div className="save-bar">
          <button type="submit" className="button" disabled={saving || !(company || unknown)}>
            {unknown ? 'Créer l’entreprise et l’ajouter' : 'Ajouter l’entreprise'}
          </button>
          <FormStatus kind={status?.kind} message={status?.message} />
        </div>
      </fieldset>
    </form>
  );
}
