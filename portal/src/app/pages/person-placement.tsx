import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormStatus, SelectField, TextField } from '../form/Field';
import { fieldErrorsOf, isRetryable } from '../form/server-errors';
import { MODALITY } from '../format';
import { OpenPlacementDocument, PlacementOptionsDocument, type EmploymentContractType, type InsertionModality } from '../gql/graphql';

const CONTRACT_TYPE: Record<EmploymentContractType, string> = {
  CDI: 'CDI',
  CDD: 'CDD',
  CDDI: 'CDDI (insertion)',
  INTERIM_MISSION: 'Mission d’intérim',
  APPRENTICESHIP: 'Apprentissage',
  PROFESSIONALISATION: 'Professionnalisation',
  ESAT_SUPPORT_CONTRACT: 'Contrat de soutien ESAT',
  CDD_TREMPLIN: 'CDD Tremplin',
  OTHER: 'Autre',
};
const MODALITIES: InsertionModality[] = ['DIRECT_HIRE', 'ETTI', 'AI', 'GEIQ', 'SUBCONTRACTING_SIAE', 'SUBCONTRACTING_EA_ESAT', 'CO_CONTRACTING', 'TRAINING'];
const FIELDS = ['contractId', 'employerSiret', 'startDate', 'romeCode', 'eligibilityExemptionReason', 'modality', 'employmentContractType'];

/**
 * « Mettre en emploi »: a placement on a contract. The server refuses a person who is not eligible on the start
 * date unless an exemption gives its reason; its refusal shows on the reason's field.
 */
export function PlacementForm({ beneficiaryId, onOpened }: { beneficiaryId: string; onOpened: () => void }) {
  const [options] = useQuery({ query: PlacementOptionsDocument });
  const [, open] = useMutation(OpenPlacementDocument);
  const contracts = (options.data?.contracts.nodes ?? []).filter((contract) => contract.status === 'AWARDED' || contract.status === 'IN_EXECUTION');
  // The contracts come from their own subgraph: without them there is nothing to place on, and the form says why.
  const unavailable = !options.data && Boolean(options.error);
  const [values, setValues] = useState({ contractId: '', employerSiret: '', modality: 'DIRECT_HIRE', employmentContractType: 'CDD', startDate: '', romeCode: '', eligibilityExemptionReason: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string }>();
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const contractId = values.contractId || contracts[0]?.id || '';
  const set = (name: keyof typeof values) => (value: string) => setValues((all) => ({ ...all, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const reason = values.eligibilityExemptionReason.trim();
    const result = await open({
      input: {
        beneficiaryId,
        contractId,
        employerSiret: values.employerSiret.replace(/\s/g, ''),
        modality: values.modality as InsertionModality,
        employmentContractType: values.employmentContractType as EmploymentContractType,
        startDate: values.startDate,
        ...(values.romeCode.trim() ? { romeCode: values.romeCode.trim() } : {}),
        ...(reason ? { eligibilityExemptionReason: reason } : {}),
      },
    });
    setSaving(false);
    if (result.data) {
      setErrors({});
      setStatus({ kind: 'success', message: 'Mise en emploi ouverte.' });
      onOpened();
      return;
    }
    if (isRetryable(result.error)) return setStatus({ kind: 'error', message: 'Le service ne répond pas : réessayez dans un instant.' });
    const next: Record<string, string> = {};
    const loose: string[] = [];
    for (const error of fieldErrorsOf(result.error) ?? []) {
      if (error.field && FIELDS.includes(error.field)) next[error.field] = error.message;
      else loose.push(error.message);
    }
    setErrors(next);
    setStatus({ kind: 'error', message: loose.length > 0 ? loose.join(' ') : 'La mise en emploi n’a pas été ouverte : voir les champs signalés.' });
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="work-form" aria-describedby={unavailable ? 'placement-indisponible' : undefined}>
      <fieldset disabled={unavailable}>
        <legend>Mettre en emploi sur un marché</legend>
        {unavailable && (
          <p id="placement-indisponible" className="notice notice-warning">
            <strong>Mise en emploi indisponible.</strong> Le service des marchés ne répond pas pour le moment : la liste des marchés ne peut pas être
            proposée. Le reste de la fiche fonctionne ; réessayez dans un instant.
          </p>
        )}
        <SelectField id="contractId" label="Marché (attribué ou en exécution)" value={contractId} onChange={set('contractId')} error={errors.contractId} options={contracts.map((contract) => ({ value: contract.id, label: `${contract.reference} — ${contract.title}` }))} />
        <div className="form-row">
          <TextField id="employerSiret" label="SIRET de l’employeur" inputMode="numeric" value={values.employerSiret} onChange={set('employerSiret')} error={errors.employerSiret} />
          <TextField id="startDate" type="date" label="Début" value={values.startDate} onChange={set('startDate')} error={errors.startDate} />
        </div>
        <div className="form-row">
          <SelectField id="modality" label="Modalité" value={values.modality} onChange={set('modality')} options={MODALITIES.map((value) => ({ value, label: MODALITY[value] ?? value }))} />
          <SelectField id="employmentContractType" label="Contrat de travail" value={values.employmentContractType} onChange={set('employmentContractType')} options={Object.entries(CONTRACT_TYPE).map(([value, label]) => ({ value, label }))} />
        </div>
        <TextField
          id="romeCode"
          label="Métier (code ROME, facultatif)"
          hint="Une lettre et quatre chiffres, par exemple F1703 (Maçonnerie) : le répertoire des métiers de France Travail."
          value={values.romeCode}
          onChange={set('romeCode')}
          error={errors.romeCode}
        />
        <TextField
          id="eligibilityExemptionReason"
          label="Motif de dérogation (facultatif)"
          hint="Seulement si la personne n’est pas éligible à la date de début : le serveur le vérifie."
          value={values.eligibilityExemptionReason}
          onChange={set('eligibilityExemptionReason')}
          error={errors.eligibilityExemptionReason}
        />
        <button type="submit" className="button" disabled={saving}>
          Ouvrir la mise en emploi
        </button>
        <FormStatus kind={status?.kind} message={status?.message} />
      </fieldset>
    </form>
  );
}
