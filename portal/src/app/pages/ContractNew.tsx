import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Loading, ProblemPage } from '../components/Notice';
import { FormStatus, SelectField, TextField } from '../form/Field';
import { useUnsavedGuard } from '../form/guard';
import { fieldErrorsOf, isRetryable } from '../form/server-errors';
import { SECTOR } from '../format';
import { ContractFormOptionsDocument, CreateContractDocument, type ContractSector, type CreateContractInput } from '../gql/graphql';
import { usePageQuery } from '../query';
import { navigate } from '../router';
import { LotFields, lotInputOf, newLot, type LotDraft } from './contract-lot';

const CONTRACT_SECTORS = ['BUILDING', 'CLEANING', 'GREEN_SPACES', 'CATERING', 'WASTE', 'SERVICES', 'SUPPLIES', 'OTHER'];

interface ContractDraft {
  buyerId: string;
  reference: string;
  title: string;
  sector: ContractSector;
  estimatedAmount: string;
  executionStart: string;
  executionEnd: string;
}

const EMPTY: ContractDraft = { buyerId: '', reference: '', title: '', sector: 'BUILDING', estimatedAmount: '', executionStart: '', executionEnd: '' };

/** The server's field (`input.lots[0].clause.formula.amount`) → the control that shows it (`lot-0-amount`). */
export function controlOf(line: number | undefined, field: string | undefined): string | undefined {
  if (!field) return undefined;
  const last = field.split('.').pop()!;
  return line === undefined ? last : `lot-${line}-${last}`;
}

/** « Nouveau marché » (facilitator): the contract, its lots and their clauses, the server computing the hours. */
export default function ContractNewPage() {
  const options = usePageQuery({ query: ContractFormOptionsDocument, variables: {} });
  const [, create] = useMutation(CreateContractDocument);
  const [draft, setDraft] = useState<ContractDraft>(EMPTY);
  const [lots, setLots] = useState<LotDraft[]>([newLot(1)]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string }>();
  const [saving, setSaving] = useState(false);
  const [touched, setTouched] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useUnsavedGuard(touched && !saving);
  useEffect(() => {
    document.title = 'Nouveau marché — Maillage';
  }, []);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const buyers = options.data?.buyers.nodes ?? [];
  useEffect(() => {
    if (!draft.buyerId && buyers[0]) setDraft((current) => ({ ...current, buyerId: buyers[0]!.id }));
  }, [buyers, draft.buyerId]);
  if (options.fetching && !options.data) return <Loading what="du formulaire" />;
  if (options.problem && !options.data) return <ProblemPage problem={options.problem} />;

  const change = (patch: Partial<ContractDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setTouched(true);
  };
  const changeLot = (index: number, patch: Partial<LotDraft>) => {
    setLots((current) => current.map((lot, position) => (position === index ? { ...lot, ...patch } : lot)));
    setTouched(true);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const input: CreateContractInput = {
      buyerId: draft.buyerId,
      reference: draft.reference.trim(),
      title: draft.title.trim(),
      sector: draft.sector,
      ...(draft.estimatedAmount ? { estimatedAmount: draft.estimatedAmount.replace(/\s/g, '').replace(',', '.') } : {}),
      ...(draft.executionStart ? { executionStart: draft.executionStart } : {}),
      ...(draft.executionEnd ? { executionEnd: draft.executionEnd } : {}),
      lots: lots.map(lotInputOf),
    };
    setSaving(true);
    const result = await create({ input });
    setSaving(false);
    if (result.data) {
      setTouched(false);
      navigate(`/marches/${encodeURIComponent(result.data.createContract.id)}/gestion?cree=1`);
      return;
    }
    if (isRetryable(result.error)) {
      setStatus({ kind: 'error', message: 'Le service ne répond pas : vos saisies sont conservées. Réessayez dans un instant.' });
      return;
    }
    const next: Record<string, string> = {};
    const loose: string[] = [];
    for (const error of fieldErrorsOf(result.error) ?? []) {
      const control = controlOf(error.line, error.field);
      if (control && formRef.current?.querySelector(`#${CSS.escape(control)}`)) next[control] = error.message;
      else if (error.message.includes('référence')) next.reference = error.message;
      else loose.push(error.message);
    }
    setErrors(next);
    setStatus({ kind: 'error', message: loose.length > 0 ? loose.join(' ') : 'Le marché n’a pas été créé : corrigez les champs signalés.' });
  }

  return (
    <>
      <h1 tabIndex={-1}>Nouveau marché</h1>
      <p className="lead">Le marché est créé au statut « Brouillon ». L’objectif d’heures de chaque lot est celui que calcule le serveur.</p>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="work-form">
        <fieldset>
          <legend>Le marché</legend>
          <SelectField
            id="buyerId"
            label="Acheteur"
            value={draft.buyerId}
            onChange={(buyerId) => change({ buyerId })}
            options={buyers.map((buyer) => ({ value: buyer.id, label: buyer.name }))}
            error={errors.buyerId}
          />
          <div className="form-row">
            <TextField id="reference" label="Référence" value={draft.reference} onChange={(reference) => change({ reference })} error={errors.reference} />
            <SelectField
              id="sector"
              label="Secteur"
              value={draft.sector}
              onChange={(sector) => change({ sector: sector as ContractSector })}
              options={CONTRACT_SECTORS.map((value) => ({ value, label: SECTOR[value] ?? value }))}
            />
          </div>
          <TextField id="title" label="Objet du marché" value={draft.title} onChange={(title) => change({ title })} error={errors.title} />
          <div className="form-row">
            <TextField id="estimatedAmount" label="Montant estimé HT (€)" inputMode="decimal" value={draft.estimatedAmount} onChange={(estimatedAmount) => change({ estimatedAmount })} error={errors.estimatedAmount} />
            <TextField id="executionStart" type="date" label="Début d’exécution" value={draft.executionStart} onChange={(executionStart) => change({ executionStart })} error={errors.executionStart} />
            <TextField id="executionEnd" type="date" label="Fin d’exécution" value={draft.executionEnd} onChange={(executionEnd) => change({ executionEnd })} error={errors.executionEnd} />
          </div>
        </fieldset>
        {lots.map((lot, index) => (
          <LotFields
            key={index}
            lot={lot}
            index={index}
            errors={errors}
            onChange={(patch) => changeLot(index, patch)}
            {...(lots.length > 1 ? { onRemove: () => setLots((current) => current.filter((_, position) => position !== index)) } : {})}
          />
        ))}
        <p>
          <button type="button" className="button button-secondary" onClick={() => setLots((current) => [...current, newLot(current.length + 1)])}>
            Ajouter un lot
          </button>
        </p>
        <div className="save-bar">
          <button type="submit" className="button" disabled={saving}>
            {saving ? 'Création…' : 'Créer le marché'}
          </button>
          <FormStatus kind={status?.kind} message={status?.message} />
        </div>
      </form>
    </>
  );
}
