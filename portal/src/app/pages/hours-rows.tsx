import { useState } from 'react';
import { useQuery } from 'urql';
import { Field } from '../form/Field';
import { formatDate, formatDeclaredHours, label, MODALITY, STATEMENT_SOURCE } from '../format';
import { StatementHistoryDocument, type HoursGridQuery } from '../gql/graphql';

export type GridPlacement = HoursGridQuery['placements']['nodes'][number];
export type Statement = GridPlacement['statements'][number];

/** What the person typed for one row: a declaration, or a correction of the month's current version. */
export interface Draft {
  hoursWorked: string;
  trainingHours: string;
  reason: string;
}
export const EMPTY_DRAFT: Draft = { hoursWorked: '', trainingHours: '', reason: '' };

/** « 151,67 » as the graph's Decimal « 151.67 »; the server checks the rest. */
export const toDecimal = (text: string) => text.trim().replace(/\s/g, '').replace(',', '.');
export const fromDecimal = (value: string) => value.replace('.', ',');

export function personOf(placement: GridPlacement): string {
  const person = placement.beneficiary;
  const name = person ? `${person.firstName ?? ''} ${person.lastName ?? ''}`.trim() : '';
  return name || 'Personne (identité non visible)';
}

export function employerOf(placement: GridPlacement): string {
  return placement.employerCompany?.name ?? placement.employerStructure?.name ?? (placement.employerCompany ? placement.employerCompany.siret : 'Employeur indisponible');
}

/** Whether the placement runs during some part of the month (the server refuses months outside its dates). */
export function activeIn(placement: GridPlacement, month: string): boolean {
  return placement.startDate.slice(0, 7) <= month && (!placement.endDate || placement.endDate.slice(0, 7) >= month);
}

/** The row's header: the person, then `detail` (the employer, or the contract) and the modality. */
export function RowLabel({ placement, detail }: { placement: GridPlacement; detail: string }) {
  return (
    <th scope="row">
      {personOf(placement)}
      <span className="muted row-detail">
        {detail} · {label(MODALITY, placement.modality)}
      </span>
    </th>
  );
}

/**
 * Every version of the month, oldest first: hours, author's role, date and reason of each correction. Read
 * when opened (a list of versions inside the grid's list would exceed the gateway's cost limit).
 */
export function StatementHistory({ placementId, statement }: { placementId: string; statement: Statement }) {
  const [open, setOpen] = useState(false);
  const [result] = useQuery({ query: StatementHistoryDocument, variables: { placementId }, pause: !open, requestPolicy: 'cache-and-network' });
  const month = result.data?.placement?.statements.find((item) => item.month === statement.month);
  const versions = [...(month?.history ?? [])].sort((a, b) => a.version - b.version);
  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Historique ({statement.version} version{statement.version > 1 ? 's' : ''})
      </summary>
      {open && !month && <p className="muted">{result.error ? 'Historique indisponible pour le moment.' : 'Chargement…'}</p>}
      <ol className="versions">
        {versions.map((version) => (
          <li key={version.id}>
            v{version.version} : {formatDeclaredHours(version.hoursWorked)}
            {Number(version.trainingHours) > 0 ? ` dont formation ${formatDeclaredHours(version.trainingHours)}` : ''}, {label(STATEMENT_SOURCE, version.source)}, le{' '}
            {formatDate(version.declaredAt)}
            {version.correctionReason ? ` — motif : ${version.correctionReason}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** A grid cell's input, its label visually hidden (the column says it) or shown (the reason of a correction). */
export function GridInput(props: {
  id: string;
  label: string;
  hiddenLabel?: boolean;
  decimal?: boolean;
  value: string;
  error: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className={props.hiddenLabel ? 'grid-field hidden-label' : 'grid-field'}>
      <Field id={props.id} label={props.label} error={props.error}>
        {(described) => (
          <input
            id={props.id}
            type="text"
            inputMode={props.decimal ? 'decimal' : undefined}
            autoComplete="off"
            value={props.value}
            disabled={props.disabled}
            onChange={(event) => props.onChange(event.target.value)}
            {...described}
          />
        )}
      </Field>
    </div>
  );
}
