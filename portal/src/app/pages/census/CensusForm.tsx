import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormStatus, SelectField, TextField } from '../../form/Field';
import { fieldErrorsOf, isRetryable } from '../../form/server-errors';
import { formatEuro, formatHours, label } from '../../format';
import { AssessPlannedPurchaseDocument, RecordPlannedPurchaseDocument, type PlannedPurchaseFields, type PurchaseRecommendation } from '../../gql/graphql';
import { PROCUREMENT_KIND, RECOMMENDATION, thresholdText } from './labels';

interface Draft {
  buyerId: string;
  object: string;
  cpvCode: string;
  estimatedAmount: string;
  expectedLaunchDate: string;
  worksCommuneCode: string;
  labourShare: string;
  insertionRate: string;
  hourlyCost: string;
  recommendation: PurchaseRecommendation;
  reason: string;
}

const EMPTY: Omit<Draft, 'buyerId'> = {
  object: '', cpvCode: '', estimatedAmount: '', expectedLaunchDate: '', worksCommuneCode: '',
  labourShare: '0,5', insertionRate: '0,05', hourlyCost: '30', recommendation: 'EXECUTION_CLAUSE', reason: '',
};

const fieldsOf = (draft: Draft): PlannedPurchaseFields => ({
  object: draft.object, cpvCode: draft.cpvCode, estimatedAmount: draft.estimatedAmount, expectedLaunchDate: draft.expectedLaunchDate,
  worksCommuneCode: draft.worksCommuneCode || null, labourShare: draft.labourShare, insertionRate: draft.insertionRate, hourlyCost: draft.hourlyCost,
  recommendation: draft.recommendation, reason: draft.reason || null, lots: [],
});

/** The draft as the server last saw it, a moment after typing stops (one assessment per pause, not per key). */
function useSettled<T>(value: T, delay = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** « Recenser un achat »: the purchase, its assessment computed by the server as the fields change, and its save. */
export function CensusForm({ buyers, onSaved }: { buyers: { id: string; name: string }[]; onSaved: () => void }) {
  const [draft, setDraft] = useState<Draft>({ buyerId: buyers[0]?.id ?? '', ...EMPTY });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string }>();
  const [saving, setSaving] = useState(false);
  // One id per purchase being entered: sending it again (double click, retry) records it once.
  const id = useRef(crypto.randomUUID());
  const formRef = useRef<HTMLFormElement>(null);
  const [, record] = useMutation(RecordPlannedPurchaseDocument);
  const settled = useSettled(draft);
  const ready = Boolean(settled.buyerId && settled.cpvCode && settled.estimatedAmount && settled.expectedLaunchDate && settled.object);
  const [assessment] = useQuery({ query: AssessPlannedPurchaseDocument, variables: { buyerId: settled.buyerId, input: fieldsOf(settled) }, pause: !ready });
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await record({ input: { id: id.current, buyerId: draft.buyerId, ...fieldsOf(draft) } });
    setSaving(false);
    if (result.data) {
      id.current = crypto.randomUUID();
      setDraft({ buyerId: draft.buyerId, ...EMPTY });
      setErrors({});
      setStatus({ kind: 'success', message: `Achat recensé : ${result.data.recordPlannedPurchase.object}.` });
      onSaved();
      return;
    }
    if (isRetryable(result.error)) {
      setStatus({ kind: 'error', message: 'Le service ne répond pas : vos saisies sont conservées. Réessayez dans un instant.' });
      return;
    }
    const next: Record<string, string> = {};
    const loose: string[] = [];
    for (const error of fieldErrorsOf(result.error) ?? []) {
      if (error.field && formRef.current?.querySelector(`#${CSS.escape(error.field)}`)) next[error.field] = error.message;
      else loose.push(error.message);
    }
    setErrors(next);
    setStatus({ kind: 'error', message: loose.length > 0 ? loose.join(' ') : 'L’achat n’a pas été recensé : corrigez les champs signalés.' });
  }

  const view = assessment.data?.assessPlannedPurchase;
  const pending = fieldErrorsOf(assessment.error)?.[0]?.message;
  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="work-form" aria-labelledby="recenser">
      <h2 id="recenser">Recenser un achat</h2>
      <fieldset>
        <legend>L’achat prévu</legend>
        <SelectField id="buyerId" label="Acheteur" value={draft.buyerId} onChange={(buyerId) => change({ buyerId })} options={buyers.map((buyer) => ({ value: buyer.id, label: buyer.name }))} error={errors.buyerId} />
        <TextField id="object" label="Objet" value={draft.object} onChange={(object) => change({ object })} error={errors.object} />
        <div className="form-row">
          <TextField id="cpvCode" label="Code CPV" hint="8 chiffres, un tiret et le chiffre de contrôle (ex. 45210000-2)" value={draft.cpvCode} onChange={(cpvCode) => change({ cpvCode })} error={errors.cpvCode} />
          <TextField id="estimatedAmount" label="Montant estimé HT (€)" inputMode="decimal" value={draft.estimatedAmount} onChange={(estimatedAmount) => change({ estimatedAmount })} error={errors.estimatedAmount} />
          <TextField id="expectedLaunchDate" type="date" label="Lancement prévu de la consultation" value={draft.expectedLaunchDate} onChange={(expectedLaunchDate) => change({ expectedLaunchDate })} error={errors.expectedLaunchDate} />
        </div>
        <TextField id="worksCommuneCode" label="Commune des travaux (code INSEE, facultatif)" hint="Celle de l’acheteur si vide" value={draft.worksCommuneCode} onChange={(worksCommuneCode) => change({ worksCommuneCode })} error={errors.worksCommuneCode} />
      </fieldset>
      <fieldset>
        <legend>Estimation des heures d’insertion</legend>
        <div className="form-row">
          <TextField id="labourShare" label="Part de main-d’œuvre" inputMode="decimal" value={draft.labourShare} onChange={(labourShare) => change({ labourShare })} error={errors.labourShare} />
          <TextField id="insertionRate" label="Taux d’insertion" inputMode="decimal" value={draft.insertionRate} onChange={(insertionRate) => change({ insertionRate })} error={errors.insertionRate} />
          <TextField id="hourlyCost" label="Coût horaire (€)" inputMode="decimal" value={draft.hourlyCost} onChange={(hourlyCost) => change({ hourlyCost })} error={errors.hourlyCost} />
        </div>
        <div className="notice" role="status" aria-live="polite" data-testid="evaluation">
          {!ready && 'L’évaluation s’affiche dès que l’objet, le code CPV, le montant et la date sont saisis.'}
          {ready && view && (
            <>
              <strong>{formatHours(view.hours.hours)}</strong> d’insertion estimées · {label(PROCUREMENT_KIND, view.procurementKind)} ·{' '}
              {thresholdText(view.euThreshold, formatEuro)}
              {view.euThreshold.socialConditionRequired && ' · condition sociale obligatoire (loi Climat et résilience, art. 35)'}
            </>
          )}
          {ready && !view && pending && `Évaluation impossible : ${pending}`}
        </div>
      </fieldset>
      <fieldset>
        <legend>Recommandation du facilitateur</legend>
        <SelectField id="recommendation" label="Dispositif recommandé" value={draft.recommendation} onChange={(recommendation) => change({ recommendation: recommendation as PurchaseRecommendation })}
          options={Object.entries(RECOMMENDATION).map(([value, text]) => ({ value, label: text }))} error={errors.recommendation} />
        <TextField id="reason" label={draft.recommendation === 'NONE' ? 'Motif (obligatoire)' : 'Motif (facultatif)'} value={draft.reason} onChange={(reason) => change({ reason })} error={errors.reason} />
      </fieldset>
      <div className="save-bar">
        <button type="submit" className="button" disabled={saving}>{saving ? 'Enregistrement…' : 'Recenser l’achat'}</button>
        <FormStatus kind={status?.kind} message={status?.message} />
      </div>
    </form>
  );
}
