import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery, type OperationResult } from 'urql';
import { FormStatus, SelectField, TextField } from '../form/Field';
import { useUnsavedGuard } from '../form/guard';
import { refusalOf, type Refusal } from '../form/server-errors';
import { formatDate } from '../format';
import {
  ClosePathDocument,
  OpenPathDocument,
  OutcomeCategoriesDocument,
  RecordOutcomeDocument,
  type OutcomeCategoriesQuery,
  type OutcomeCategory,
  type OutcomeDetail,
  type OutcomeKind,
  type PersonFileQuery,
} from '../gql/graphql';

type Person = NonNullable<PersonFileQuery['beneficiary']>;
type PersonPath = NonNullable<Person['paths']>[number];
type Catalogue = OutcomeCategoriesQuery['outcomeCategories'];
type Status = { kind: 'error' | 'success'; message: string } | undefined;

const NETWORK = 'Le service ne répond pas : vos saisies sont conservées. Réessayez dans un instant.';
const KIND_LABEL: Record<OutcomeKind, string> = { AT_EXIT: 'Sortie à la fin du parcours', SIX_MONTHS: 'Sortie six mois après la fin' };
const KINDS: OutcomeKind[] = ['AT_EXIT', 'SIX_MONTHS'];

/**
 * « Parcours et sorties »: open a path, close it on its last day, record where it led at its end and six
 * months later — the categories and their details as the server defines them (`outcomeCategories`), the
 * dates checked by the server and its refusals shown on their field.
 */
export function PathsSection({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const [catalogue] = useQuery({ query: OutcomeCategoriesDocument });
  const categories = catalogue.data?.outcomeCategories ?? [];
  const paths = person.paths;
  const open = paths?.find((path) => path.status === 'OPEN');
  return (
    <section className="panel" aria-labelledby="parcours">
      <h2 id="parcours">Parcours et sorties</h2>
      {!paths ? (
        <p className="muted">Les parcours ne sont pas visibles avec votre compte.</p>
      ) : (
        <ol className="paths" reversed>
          {[...paths].reverse().map((path) => (
            <li key={path.id}>
              <h3>
                Parcours {path.status === 'OPEN' ? 'en cours' : 'terminé'}, du {formatDate(path.startedOn)}
                {path.endedOn ? ` au ${formatDate(path.endedOn)}` : ''}
              </h3>
              <Outcomes path={path} categories={categories} />
              {path.status === 'OPEN' ? (
                <ClosePathForm path={path} onDone={onChanged} />
              ) : (
                KINDS.filter((kind) => !path.outcomes?.some((outcome) => outcome.kind === kind)).map((kind) => (
                  <OutcomeForm key={kind} path={path} kind={kind} categories={categories} onDone={onChanged} />
                ))
              )}
            </li>
          ))}
        </ol>
      )}
      {paths && !open && <OpenPathForm beneficiaryId={person.id} onDone={onChanged} />}
    </section>
  );
}

function Outcomes({ path, categories }: { path: PersonPath; categories: Catalogue }) {
  if (!path.outcomes || path.outcomes.length === 0) return null;
  const labelOf = (category: OutcomeCategory, detail: OutcomeDetail | null | undefined) => {
    const entry = categories.find((item) => item.category === category);
    const detailLabel = entry?.details.find((item) => item.detail === detail)?.label;
    return `${entry?.label ?? category}${detailLabel ? ` — ${detailLabel}` : ''}`;
  };
  return (
    <ul className="outcomes">
      {path.outcomes.map((outcome) => (
        <li key={outcome.id}>
          <strong>{KIND_LABEL[outcome.kind]} :</strong> {labelOf(outcome.category, outcome.detail)}, observée le {formatDate(outcome.observedOn)}.
        </li>
      ))}
    </ul>
  );
}

/** A small form of the section: its legend, its fields, its button and its answer; asks before leaving when typed in. */
function SmallForm(props: { legend: string; submit: string; saving: boolean; dirty: boolean; status: Status; onSubmit: () => Promise<void>; children: ReactNode }) {
  useUnsavedGuard(props.dirty && !props.saving);
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    // After a refusal, the first field in error takes the focus once it is drawn.
    if (!props.saving) void props.onSubmit().then(() => setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()));
  };
  return (
    <form onSubmit={send} noValidate className="work-form">
      <fieldset>
        <legend>{props.legend}</legend>
        {props.children}
        <button type="submit" className="button" disabled={props.saving}>
          {props.submit}
        </button>
        <FormStatus kind={props.status?.kind} message={props.status?.message} />
      </fieldset>
    </form>
  );
}

/** What a refused form says under its button: « send it again », or the refusals that belong to no field. */
const statusOf = (refusal: Refusal): Status =>
  refusal.retry ? { kind: 'error', message: NETWORK } : refusal.loose.length > 0 ? { kind: 'error', message: refusal.loose.join(' ') } : undefined;

/**
 * A form of one date (a path's last day, a new path's start), the server's refusal of it on the field. It
 * disappears once the path changes, so success says nothing of its own: the section shows the new state.
 */
function DateForm(props: { id: string; field: string; legend: string; label: string; hint?: string; submit: string; send: (date: string) => Promise<OperationResult>; onDone: () => void }) {
  const [date, setDate] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<Status>();
  const [saving, setSaving] = useState(false);
  async function submit() {
    setSaving(true);
    const result = await props.send(date);
    setSaving(false);
    if (result.data) {
      setDate('');
      return props.onDone();
    }
    const refusal = refusalOf(result.error, [props.field]);
    setError(refusal.fields[props.field]);
    setStatus(statusOf(refusal));
  }
  return (
    <SmallForm legend={props.legend} submit={props.submit} saving={saving} dirty={date !== ''} status={status} onSubmit={submit}>
      <TextField id={props.id} type="date" label={props.label} hint={props.hint} value={date} onChange={setDate} error={error} />
    </SmallForm>
  );
}

function ClosePathForm({ path, onDone }: { path: PersonPath; onDone: () => void }) {
  const [, close] = useMutation(ClosePathDocument);
  return (
    <DateForm
      id={`endedOn-${path.id}`}
      field="endedOn"
      legend="Terminer le parcours"
      label="Dernier jour du parcours"
      hint="Ses mises en emploi doivent être terminées à cette date."
      submit="Terminer le parcours"
      send={(endedOn) => close({ pathId: path.id, endedOn })}
      onDone={onDone}
    />
  );
}

function OpenPathForm({ beneficiaryId, onDone }: { beneficiaryId: string; onDone: () => void }) {
  const [, open] = useMutation(OpenPathDocument);
  return (
    <DateForm
      id="startedOn"
      field="startedOn"
      legend="Ouvrir un nouveau parcours"
      label="Début du nouveau parcours"
      submit="Ouvrir le parcours"
      send={(startedOn) => open({ input: { beneficiaryId, startedOn } })}
      onDone={onDone}
    />
  );
}

const OUTCOME_FIELDS = ['category', 'detail', 'observedOn'] as const;

function OutcomeForm({ path, kind, categories, onDone }: { path: PersonPath; kind: OutcomeKind; categories: Catalogue; onDone: () => void }) {
  const [, record] = useMutation(RecordOutcomeDocument);
  const [values, setValues] = useState({ category: '', detail: '', observedOn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>();
  const [saving, setSaving] = useState(false);
  const details = categories.find((entry) => entry.category === values.category)?.details ?? [];
  const id = (field: string) => `${field}-${path.id}-${kind}`;
  async function submit() {
    if (!values.category) {
      setErrors({ category: 'Choisissez une catégorie de sortie.' });
      return;
    }
    setSaving(true);
    const input = { kind, category: values.category as OutcomeCategory, observedOn: values.observedOn, ...(values.detail ? { detail: values.detail as OutcomeDetail } : {}) };
    const result = await record({ pathId: path.id, input });
    setSaving(false);
    if (result.data) {
      setValues({ category: '', detail: '', observedOn: '' });
      setErrors({});
      return onDone();
    }
    const refusal = refusalOf(result.error, OUTCOME_FIELDS);
    setErrors(refusal.fields);
    setStatus(statusOf(refusal));
  }
  const set = (field: keyof typeof values) => (value: string) => setValues((all) => ({ ...all, [field]: value, ...(field === 'category' ? { detail: '' } : {}) }));
  return (
    <SmallForm legend={KIND_LABEL[kind]} submit="Enregistrer la sortie" saving={saving} dirty={Object.values(values).some(Boolean)} status={status} onSubmit={submit}>
      <div className="form-row">
        <SelectField
          id={id('category')}
          label="Catégorie"
          value={values.category}
          onChange={set('category')}
          error={errors.category}
          options={[{ value: '', label: 'Choisir une catégorie' }, ...categories.map((entry) => ({ value: entry.category, label: entry.label }))]}
        />
        {details.length > 0 && (
          <SelectField
            id={id('detail')}
            label="Détail"
            value={values.detail}
            onChange={set('detail')}
            error={errors.detail}
            options={[{ value: '', label: 'Non précisé' }, ...details.map((entry) => ({ value: entry.detail, label: entry.label }))]}
          />
        )}
        <TextField id={id('observedOn')} type="date" label="Observée le" value={values.observedOn} onChange={set('observedOn')} error={errors.observedOn} />
      </div>
    </SmallForm>
  );
}
