import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormStatus, SelectField, TextField } from '../form/Field';
import { fieldErrorsOf, isRetryable } from '../form/server-errors';
import { formatDate } from '../format';
import { AddCriterionDocument, CriteriaCatalogueDocument, ValidateCriterionDocument, type PersonFileQuery } from '../gql/graphql';

type Person = NonNullable<PersonFileQuery['beneficiary']>;
const SENSITIVITY: Record<string, string> = { HEALTH: ' (santé)', JUSTICE: ' (justice)', ORDINARY: '' };
const NETWORK = 'Le service ne répond pas : réessayez dans un instant.';

/**
 * The person's criteria as the server lets this account read them (health and justice criteria only for the
 * roles that may see them), a criterion added with its proof, and validated for a date.
 */
export function CriteriaSection({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const territory = person.residenceCommune?.department.code ?? 'FR';
  const [catalogue] = useQuery({ query: CriteriaCatalogueDocument, variables: { territory } });
  const [, add] = useMutation(AddCriterionDocument);
  const [, validate] = useMutation(ValidateCriterionDocument);
  const [code, setCode] = useState('');
  const [proofDate, setProofDate] = useState('');
  const [validFor, setValidFor] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string }>();
  const options = catalogue.data?.eligibilityCriteria ?? [];
  const chosen = code || options[0]?.code || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add({ input: { beneficiaryId: person.id, criterionCode: chosen, proofDate } });
    if (result.data) {
      setProofDate('');
      setErrors({});
      setStatus({ kind: 'success', message: 'Critère enregistré : validez-le pour une date.' });
      onChanged();
      return;
    }
    if (isRetryable(result.error)) return setStatus({ kind: 'error', message: NETWORK });
    const [error] = fieldErrorsOf(result.error) ?? [];
    setErrors(error?.field === 'proofDate' ? { proofDate: error.message } : { criterionCode: error?.message ?? 'Refusé.' });
    setStatus(undefined);
  }

  async function confirm(id: string) {
    const date = validFor[id] ?? '';
    const result = await validate({ id, validFor: date });
    if (result.data) {
      setErrors({});
      setStatus({ kind: 'success', message: `Critère validé pour le ${formatDate(date)}.` });
      onChanged();
      return;
    }
    if (isRetryable(result.error)) return setStatus({ kind: 'error', message: NETWORK });
    setErrors({ [`validFor-${id}`]: (fieldErrorsOf(result.error) ?? [])[0]?.message ?? 'Refusé.' });
  }

  return (
    <section className="panel" aria-labelledby="criteres">
      <h2 id="criteres">Critères d’éligibilité</h2>
      {(person.criteria ?? []).length === 0 ? (
        <p className="muted">Aucun critère visible avec votre compte.</p>
      ) : (
        <ul className="criteria">
          {(person.criteria ?? []).map((item) => (
            <li key={item.id}>
              <strong>{item.criterion.label}</strong>
              {SENSITIVITY[item.criterion.sensitivity]} — {item.proofType}, du {formatDate(item.proofDate)}
              {item.expiresOn ? `, valable jusqu’au ${formatDate(item.expiresOn)}` : ''}.{' '}
              {item.validatedFor ? (
                <span className="badge">Validé pour le {formatDate(item.validatedFor)}</span>
              ) : (
                <span className="inline-form">
                  <TextField id={`validFor-${item.id}`} type="date" label={`Valider « ${item.criterion.label} » pour le`} value={validFor[item.id] ?? ''} error={errors[`validFor-${item.id}`]} onChange={(value) => setValidFor((all) => ({ ...all, [item.id]: value }))} />
                  <button type="button" className="button button-secondary button-small" onClick={() => void confirm(item.id)}>
                    Valider<span className="visually-hidden"> « {item.criterion.label} »</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className="work-form">
        <fieldset>
          <legend>Ajouter un critère</legend>
          <div className="form-row">
            <SelectField id="criterionCode" label="Critère" value={chosen} onChange={setCode} error={errors.criterionCode} options={options.map((option) => ({ value: option.code, label: `${option.label}${SENSITIVITY[option.sensitivity]}` }))} />
            <TextField id="proofDate" type="date" label="Date du justificatif" value={proofDate} onChange={setProofDate} error={errors.proofDate} />
          </div>
          <button type="submit" className="button">
            Ajouter le critère
          </button>
        </fieldset>
      </form>
      <FormStatus kind={status?.kind} message={status?.message} />
    </section>
  );
}
