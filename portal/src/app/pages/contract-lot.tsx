import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Field, SelectField, TextField } from '../form/Field';
import { fieldErrorsOf } from '../form/server-errors';
import { formatHours, LEGAL_BASIS } from '../format';
import { HoursEstimateDocument, type InsertionClauseInput, type LegalBasis, type LotInput } from '../gql/graphql';

/** What the person types for one lot and its clause (percentages as typed, decimals with a comma). */
export interface LotDraft {
  number: string;
  title: string;
  amount: string;
  legalBasis: LegalBasis;
  labourShare: string;
  insertionRate: string;
  hourlyCost: string;
  override: boolean;
  manualHours: string;
  manualJustification: string;
}

export const newLot = (number: number): LotDraft => ({
  number: String(number),
  title: '',
  amount: '',
  legalBasis: 'EXECUTION_CONDITION',
  labourShare: '',
  insertionRate: '',
  hourlyCost: '',
  override: false,
  manualHours: '',
  manualJustification: '',
});

const decimal = (text: string) => text.trim().replace(/\s/g, '').replace(',', '.');
/** « 40 » % → the share « 0.4 » the graph takes. */
const share = (percent: string) => {
  const value = Number(decimal(percent));
  return decimal(percent) === '' || Number.isNaN(value) ? decimal(percent) : String(value / 100);
};

export function formulaOf(lot: LotDraft) {
  return { amount: decimal(lot.amount), labourShare: share(lot.labourShare), insertionRate: share(lot.insertionRate), hourlyCost: decimal(lot.hourlyCost) };
}

export function lotInputOf(lot: LotDraft): LotInput {
  const formula = formulaOf(lot);
  const hasFormula = formula.labourShare !== '' || formula.insertionRate !== '' || formula.hourlyCost !== '';
  const clause: InsertionClauseInput = {
    legalBasis: lot.legalBasis,
    ...(hasFormula ? { formula } : {}),
    ...(lot.override ? { manualHours: decimal(lot.manualHours), manualJustification: lot.manualJustification.trim() } : {}),
  };
  return { number: Number(lot.number), title: lot.title.trim(), amount: decimal(lot.amount), clause };
}

/** The inputs, held until the person stops typing for a moment, so the server is not asked at every key. */
function useSettled<T>(value: T, delay = 300): T {
  const [settled, setSettled] = useState(value);
  const text = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(text) as T), delay);
    return () => clearTimeout(timer);
  }, [text, delay]);
  return settled;
}

/** The server's calculator (insertionHoursEstimate), answering as the inputs change: the hours are its own. */
function Calculator({ lot, index }: { lot: LotDraft; index: number }) {
  const formula = useSettled(formulaOf(lot));
  const complete = Object.values(formula).every((value) => value !== '');
  const [result] = useQuery({ query: HoursEstimateDocument, variables: { input: formula }, pause: !complete, requestPolicy: 'cache-first' });
  const estimate = complete ? result.data?.insertionHoursEstimate : undefined;
  const [problem] = complete ? (fieldErrorsOf(result.error) ?? []) : [];
  return (
    <output className="calculator" htmlFor={`lot-${index}-amount lot-${index}-labourShare lot-${index}-insertionRate lot-${index}-hourlyCost`} aria-live="polite">
      {!complete ? (
        'Objectif calculé : renseignez le montant, la part de main-d’œuvre, le taux d’insertion et le coût horaire.'
      ) : estimate ? (
        <>
          Objectif calculé : <strong>{formatHours(estimate.hours)}</strong>
          <span className="muted row-detail">
            Calcul exact : {estimate.exactHours.replace('.', ',')} h. {estimate.roundingRule}
          </span>
        </>
      ) : problem ? (
        `Calcul impossible : ${problem.message}`
      ) : result.error ? (
        'Le calculateur ne répond pas pour le moment.'
      ) : (
        'Calcul…'
      )}
    </output>
  );
}

export function LotFields(props: { lot: LotDraft; index: number; errors: Record<string, string>; onChange: (change: Partial<LotDraft>) => void; onRemove?: () => void }) {
  const { lot, index, errors, onChange } = props;
  const id = (name: string) => `lot-${index}-${name}`;
  return (
    <fieldset className="lot">
      <legend>Lot {lot.number || index + 1}</legend>
      <div className="form-row">
        <TextField id={id('number')} label="Numéro" inputMode="numeric" value={lot.number} onChange={(number) => onChange({ number })} error={errors[id('number')]} />
        <TextField id={id('title')} label="Intitulé du lot" value={lot.title} onChange={(title) => onChange({ title })} error={errors[id('title')]} />
        <TextField id={id('amount')} label="Montant HT (€)" inputMode="decimal" value={lot.amount} onChange={(amount) => onChange({ amount })} error={errors[id('amount')]} />
      </div>
      <SelectField
        id={id('legalBasis')}
        label="Fondement de la clause"
        value={lot.legalBasis}
        onChange={(legalBasis) => onChange({ legalBasis: legalBasis as LegalBasis })}
        options={Object.entries(LEGAL_BASIS).map(([value, label]) => ({ value, label }))}
      />
      <div className="form-row">
        <TextField id={id('labourShare')} label="Part de main-d’œuvre (%)" inputMode="decimal" value={lot.labourShare} onChange={(labourShare) => onChange({ labourShare })} error={errors[id('labourShare')]} />
        <TextField id={id('insertionRate')} label="Taux d’insertion (%)" inputMode="decimal" value={lot.insertionRate} onChange={(insertionRate) => onChange({ insertionRate })} error={errors[id('insertionRate')]} />
        <TextField id={id('hourlyCost')} label="Coût horaire (€)" inputMode="decimal" value={lot.hourlyCost} onChange={(hourlyCost) => onChange({ hourlyCost })} error={errors[id('hourlyCost')]} />
      </div>
      <Calculator lot={lot} index={index} />
      <div className="checkbox">
        <input id={id('override')} type="checkbox" checked={lot.override} onChange={(event) => onChange({ override: event.target.checked })} />
        <label htmlFor={id('override')}>Forcer l’objectif d’heures (avec sa justification)</label>
      </div>
      {lot.override && (
        <div className="form-row">
          <TextField id={id('manualHours')} label="Objectif forcé (heures)" inputMode="decimal" value={lot.manualHours} onChange={(manualHours) => onChange({ manualHours })} error={errors[id('manualHours')]} />
          <Field id={id('manualJustification')} label="Justification du forçage" error={errors[id('manualJustification')]}>
            {(described) => (
              <textarea id={id('manualJustification')} rows={2} value={lot.manualJustification} onChange={(event) => onChange({ manualJustification: event.target.value })} {...described} />
            )}
          </Field>
        </div>
      )}
      {props.onRemove && (
        <button type="button" className="button button-secondary button-small" onClick={props.onRemove}>
          Retirer le lot {lot.number}
        </button>
      )}
    </fieldset>
  );
}
