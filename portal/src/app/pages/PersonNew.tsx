import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormStatus, TextField } from '../form/Field';
import { useUnsavedGuard } from '../form/guard';
import { fieldErrorsOf, isRetryable } from '../form/server-errors';
import { CreateBeneficiaryDocument } from '../gql/graphql';
import { navigate } from '../router';

const FIELDS = [
  ['firstName', 'Prénom', 'text'],
  ['lastName', 'Nom', 'text'],
  ['birthDate', 'Date de naissance', 'date'],
  ['residenceCommuneCode', 'Commune de résidence (code INSEE)', 'text'],
  ['consentDate', 'Date du consentement', 'date'],
  ['pathStartedOn', 'Début du parcours', 'date'],
] as const;
type Name = (typeof FIELDS)[number][0];

/** « Nouvelle personne » (facilitator): the person and the start of her path. */
export default function PersonNewPage() {
  const [values, setValues] = useState<Record<Name, string>>({ firstName: '', lastName: '', birthDate: '', residenceCommuneCode: '', consentDate: '', pathStartedOn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string>();
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = Object.values(values).some(Boolean);
  useUnsavedGuard(dirty && !saving);
  useEffect(() => {
    document.title = 'Nouvelle personne — Maillage';
  }, []);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  const [, create] = useMutation(CreateBeneficiaryDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const input = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '').map(([key, value]) => [key, value.trim()]));
    const result = await create({ input: input as never });
    setSaving(false);
    if (result.data) {
      setValues({ firstName: '', lastName: '', birthDate: '', residenceCommuneCode: '', consentDate: '', pathStartedOn: '' });
      navigate(`/personnes/${encodeURIComponent(result.data.createBeneficiary.id)}`);
      return;
    }
    if (isRetryable(result.error)) {
      setStatus('Le service ne répond pas : vos saisies sont conservées. Réessayez dans un instant.');
      return;
    }
    const next: Record<string, string> = {};
    const loose: string[] = [];
    for (const error of fieldErrorsOf(result.error) ?? []) {
      if (error.field && FIELDS.some(([name]) => name === error.field)) next[error.field] = error.message;
      else loose.push(error.message);
    }
    setErrors(next);
    setStatus(loose.length > 0 ? loose.join(' ') : 'La personne n’a pas été enregistrée : corrigez les champs signalés.');
  }

  return (
    <>
      <h1 tabIndex={-1}>Nouvelle personne</h1>
      <p className="lead">Ses données sont visibles des facilitateurs de son territoire et de sa structure référente.</p>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="work-form">
        <fieldset>
          <legend>Identité et parcours</legend>
          {FIELDS.map(([name, label, type]) => (
            <TextField key={name} id={name} label={label} type={type} value={values[name]} error={errors[name]} onChange={(value) => setValues((all) => ({ ...all, [name]: value }))} />
          ))}
        </fieldset>
        <div className="save-bar">
          <button type="submit" className="button" disabled={saving}>
            Enregistrer la personne
          </button>
          <FormStatus kind={status ? 'error' : undefined} message={status} />
        </div>
      </form>
    </>
  );
}
