import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { useUnsavedGuard } from '../form/guard';
import { useIdempotencyKey } from '../form/idempotency';
import type { FieldError } from '../form/server-errors';
import { formatDeclaredHours, formatMonth, lastMonth } from '../format';
import { CorrectHoursStatementDocument, DeclareHoursBatchDocument, HoursGridDocument, type PlacementFilter } from '../gql/graphql';
import { usePageQuery } from '../query';
import { navigate, useLocation } from '../router';
import { activeIn, EMPTY_DRAFT, fromDecimal, GridInput, RowLabel, StatementHistory, toDecimal, type Draft, type GridPlacement } from './hours-rows';
import { saveHours, type SaveOutcome } from './hours-save';

const inputId = (placementId: string, field: string) => `${field}-${placementId}`;

/** The month asked in the address (`?mois=AAAA-MM`), else the month before the current one. */
export function useGridMonth(): string {
  const requested = useLocation().search.get('mois');
  return requested && /^\d{4}-\d{2}$/.test(requested) ? requested : lastMonth();
}

export interface HoursGridProps {
  /** Whose placements: a contract's, or a company's across its contracts. */
  filter: PlacementFilter;
  /** Names the grid in the idempotency keys (the same lines of another grid are another send). */
  scope: string;
  month: string;
  /** What the page's other queries could not show (a subgraph down), for the one banner. */
  missing: string[];
  /** The row's second line: the employer on a contract's grid, the contract on a company's. */
  rowDetail: (placement: GridPlacement) => string;
  /** Said when no placement runs in the month. */
  empty: string;
}

/**
 * The month's grid: one row per placement active in the month; declare the month's hours and training
 * hours, correct a declared month with a reason, read each statement's versions. Used for a contract and
 * for a company.
 */
export function HoursGrid({ filter, scope, month, missing, rowDetail, empty }: HoursGridProps) {
  const { path } = useLocation();
  const grid = usePageQuery({ query: HoursGridDocument, variables: { filter }, requestPolicy: 'cache-and-network' });
  const client = useClient();
  const [, declare] = useMutation(DeclareHoursBatchDocument);
  const [, correct] = useMutation(CorrectHoursStatementDocument);
  const keyFor = useIdempotencyKey(`heures:${scope}:${month}`);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [correcting, setCorrecting] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = Object.values(drafts).some((draft) => draft.hoursWorked || draft.trainingHours || draft.reason);
  useUnsavedGuard(dirty);

  // After a refused save, the first field in error takes the focus (keyboard and screen reader users).
  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [errors]);

  const placements = (grid.data?.placements.nodes ?? []).filter((placement) => activeIn(placement, month));
  const gridDown = !grid.data && (grid.problem?.kind === 'unavailable' || grid.problem?.kind === 'network');
  if (grid.fetching && !grid.data) return <Loading what="des heures" />;
  if (grid.problem && !gridDown) return <ProblemPage problem={grid.problem} />;

  const currentOf = (placement: GridPlacement) => placement.statements.find((statement) => statement.month === month);
  const edit = (placementId: string, change: Partial<Draft>) => {
    setDrafts((all) => ({ ...all, [placementId]: { ...(all[placementId] ?? EMPTY_DRAFT), ...change } }));
    setOutcome(undefined);
  };
  const changeMonth = (next: string) => {
    if (/^\d{4}-\d{2}$/.test(next)) navigate(`${path}?mois=${next}`, { replace: true });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const declarations = placements
      .filter((placement) => !currentOf(placement) && (drafts[placement.id]?.hoursWorked || drafts[placement.id]?.trainingHours))
      .map((placement) => ({ placementId: placement.id, month, hoursWorked: toDecimal(drafts[placement.id]!.hoursWorked || '0'), trainingHours: toDecimal(drafts[placement.id]!.trainingHours || '0') }));
    const corrections = placements
      .filter((placement) => correcting[placement.id] && currentOf(placement))
      .map((placement) => {
        const draft = drafts[placement.id] ?? EMPTY_DRAFT;
        const current = currentOf(placement)!;
        return {
          placementId: placement.id,
          statementId: current.id,
          input: { hoursWorked: toDecimal(draft.hoursWorked || current.hoursWorked), trainingHours: toDecimal(draft.trainingHours || current.trainingHours), reason: draft.reason },
        };
      });
    if (declarations.length === 0 && corrections.length === 0) {
      setOutcome({ kind: 'nothing', message: 'Rien à enregistrer : saisissez des heures sur au moins une ligne.' });
      return;
    }
    setSaving(true);
    const result = await saveHours({ declarations, corrections, key: keyFor(declarations), declare, correct, client, filter, month });
    setSaving(false);
    const nextErrors: Record<string, string> = {};
    const place = (placementId: string, error: FieldError) => {
      const field = error.field === 'trainingHours' || error.field === 'reason' ? error.field : 'hoursWorked';
      nextErrors[inputId(placementId, field)] = error.message;
    };
    result.refused.forEach(({ placementId, error }) => place(placementId, error));
    setErrors(nextErrors);
    setOutcome(result.outcome);
    setDrafts((all) => {
      const next = { ...all };
      for (const placementId of result.saved) delete next[placementId];
      return next;
    });
    setCorrecting((all) => {
      const next = { ...all };
      for (const placementId of result.saved) delete next[placementId];
      return next;
    });
    if (result.saved.length > 0) grid.reexecute({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <PartialBanner missing={[...new Set([...missing, ...grid.missing])]} />
      <div className="month-picker">
        <label htmlFor="mois">Mois</label>
        <input id="mois" type="month" value={month} onChange={(event) => changeMonth(event.target.value)} />
      </div>
      {gridDown ? (
        <div className="notice notice-warning" role="status">
          <p>
            <strong>Saisie des heures indisponible.</strong> Le service des personnes, des mises en emploi et des heures ne répond pas pour le
            moment : la grille est désactivée. Réessayez dans un instant.
          </p>
          <button type="button" className="button button-secondary" onClick={() => grid.reexecute({ requestPolicy: 'network-only' })}>
            Réessayer
          </button>
        </div>
      ) : placements.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate aria-describedby="grid-help">
          <p id="grid-help" className="hint">
            Heures en nombre décimal (par exemple 151,67). Un mois déjà déclaré se corrige avec un motif : l’ancienne version reste dans
            l’historique.
          </p>
          <div className="table-wrap">
            <table className="hours-grid">
              <caption className="visually-hidden">Heures de {formatMonth(month)}, une ligne par mise en emploi</caption>
              <thead>
                <tr>
                  <th scope="col">Personne</th>
                  <th scope="col">Heures travaillées</th>
                  <th scope="col">Heures de formation</th>
                  <th scope="col">Relevé</th>
                </tr>
              </thead>
              <tbody>
                {placements.map((placement) => {
                  const current = currentOf(placement);
                  const draft = drafts[placement.id] ?? EMPTY_DRAFT;
                  const isCorrecting = Boolean(correcting[placement.id]);
                  const who = placement.beneficiary ? `${placement.beneficiary.firstName ?? ''} ${placement.beneficiary.lastName ?? ''}`.trim() : 'la personne';
                  const editable = !current || isCorrecting;
                  return (
                    <tr key={placement.id}>
                      <RowLabel placement={placement} detail={rowDetail(placement)} />
                      <td>
                        {editable ? (
                          <GridInput
                            id={inputId(placement.id, 'hoursWorked')}
                            hiddenLabel
                            decimal
                            label={`Heures travaillées de ${who}`}
                            value={draft.hoursWorked || (isCorrecting && current ? fromDecimal(current.hoursWorked) : '')}
                            error={errors[inputId(placement.id, 'hoursWorked')]}
                            disabled={saving}
                            onChange={(value) => edit(placement.id, { hoursWorked: value })}
                          />
                        ) : (
                          formatDeclaredHours(current!.hoursWorked)
                        )}
                      </td>
                      <td>
                        {editable ? (
                          <GridInput
                            id={inputId(placement.id, 'trainingHours')}
                            hiddenLabel
                            decimal
                            label={`Heures de formation de ${who}`}
                            value={draft.trainingHours || (isCorrecting && current ? fromDecimal(current.trainingHours) : '')}
                            error={errors[inputId(placement.id, 'trainingHours')]}
                            disabled={saving}
                            onChange={(value) => edit(placement.id, { trainingHours: value })}
                          />
                        ) : (
                          formatDeclaredHours(current!.trainingHours)
                        )}
                      </td>
                      <td>
                        {current ? (
                          <>
                            <span className="badge">Déclaré, version {current.version}</span>
                            {isCorrecting ? (
                              <GridInput
                                id={inputId(placement.id, 'reason')}
                                label={`Motif de la correction pour ${who}`}
                                value={draft.reason}
                                error={errors[inputId(placement.id, 'reason')]}
                                disabled={saving}
                                onChange={(value) => edit(placement.id, { reason: value })}
                              />
                            ) : (
                              <button type="button" className="button button-secondary button-small" onClick={() => setCorrecting((all) => ({ ...all, [placement.id]: true }))}>
                                Corriger<span className="visually-hidden"> les heures de {who}</span>
                              </button>
                            )}
                            <StatementHistory placementId={placement.id} statement={current} />
                          </>
                        ) : (
                          <span className="muted">À déclarer</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <SaveBar outcome={outcome} saving={saving} dirty={dirty} />
        </form>
      )}
    </>
  );
}

function SaveBar({ outcome, saving, dirty }: { outcome: SaveOutcome | undefined; saving: boolean; dirty: boolean }) {
  return (
    <div className="save-bar">
      <button type="submit" className="button" disabled={saving} aria-disabled={saving}>
        {saving ? 'Enregistrement…' : outcome?.kind === 'retry' ? 'Réessayer l’enregistrement' : 'Enregistrer les heures'}
      </button>
      {dirty && !saving && <span className="muted">Modifications non enregistrées.</span>}
      <div role={outcome?.kind === 'retry' || outcome?.kind === 'refused' ? 'alert' : 'status'} className={outcome ? `notice ${outcome.kind === 'saved' ? 'notice-success' : outcome.kind === 'nothing' ? '' : 'notice-error'}` : undefined}>
        {outcome?.message}
      </div>
    </div>
  );
}
