import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { TextField } from '../form/Field';
import { fieldErrorsOf } from '../form/server-errors';
import { formatDate, formatNumber } from '../format';
import { AlertBoardDocument, SetAlertSettingsDocument } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link } from '../router';
import { Loading } from './Notice';

/** The kinds of alert, in the order a facilitator deals with them (the schema's enums, in French). */
export const ALERT_KINDS: Record<string, string> = {
  BEHIND_PACE: 'Marchés en retard',
  NOTHING_DECLARED_LAST_MONTH: 'Sans heures déclarées le mois dernier',
  PLACEMENT_ENDING_WITHOUT_OUTCOME: 'Fins de mise en emploi sans sortie (30 jours)',
  ENDED_BELOW_TARGET: 'Terminés sous l’objectif',
  SOCIAL_OBLIGATION_MISSED: 'Obligation sociale de 2026 manquée',
};

/** « À surveiller »: the facilitator's alerts, counted by kind and explained, with the tolerance they set. */
export function AlertsSection() {
  const { data, fetching, problem, reexecute } = usePageQuery({ query: AlertBoardDocument });
  const [, save] = useMutation(SetAlertSettingsDocument);
  const [tolerance, setTolerance] = useState<string | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  if (fetching && !data) return <Loading what="des alertes" />;
  if (!data) return problem ? <p className="notice notice-warning">Alertes indisponibles pour le moment.</p> : null;
  const board = data.alertBoard;
  const alerts = [
    ...board.contractAlerts.map((alert) => ({ kind: alert.kind as string, contractId: alert.contract.id, explanation: alert.explanation })),
    ...(board.insertionAlerts ?? []).map((alert) => ({ kind: alert.kind as string, contractId: alert.contract.id, explanation: alert.explanation })),
  ];
  const kinds = Object.keys(ALERT_KINDS).filter((kind) => alerts.some((alert) => alert.kind === kind));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = { paceTolerance: (tolerance ?? board.paceTolerance).replace(',', '.'), digestEmail: email ?? data.alertSettings.digestEmail ?? null };
    const result = await save({ input });
    if (result.error) {
      setErrors(Object.fromEntries((fieldErrorsOf(result.error) ?? []).map((error) => [error.field ?? 'form', error.message])));
      return;
    }
    setErrors({});
    setSaved(true);
    reexecute({ requestPolicy: 'network-only' });
  };
  return (
    <section className="panel" aria-labelledby="alertes">
      <h2 id="alertes">À surveiller au {formatDate(board.on)}</h2>
      {board.insertionAlerts === null && (
        <p className="muted">Les alertes des heures et des parcours sont indisponibles pour le moment.</p>
      )}
      {alerts.length === 0 ? (
        <p role="status">Aucune alerte sur les marchés de votre territoire.</p>
      ) : (
        <>
          <dl className="alert-counts">
            {kinds.map((kind) => (
              <div key={kind}>
                <dt>{ALERT_KINDS[kind]}</dt>
                <dd>{formatNumber(alerts.filter((alert) => alert.kind === kind).length)}</dd>
              </div>
            ))}
          </dl>
          {kinds.map((kind) => (
            <details key={kind} className="alert-group">
              <summary>
                {ALERT_KINDS[kind]} ({formatNumber(alerts.filter((alert) => alert.kind === kind).length)})
              </summary>
              <ul>
                {alerts
                  .filter((alert) => alert.kind === kind)
                  .map((alert, index) => (
                    <li key={`${kind}-${index}`}>
                      <Link href={`/marches/${alert.contractId}`}>{alert.explanation}</Link>
                    </li>
                  ))}
              </ul>
            </details>
          ))}
        </>
      )}
      <form className="filters" aria-label="Réglages des alertes" onSubmit={onSubmit}>
        <TextField
          id="tolerance"
          label="Tolérance de retard (points)"
          hint="Un marché est en retard quand la part écoulée de son exécution dépasse la part réalisée de son objectif de plus que ces points (0 à 50)."
          value={tolerance ?? board.paceTolerance.replace('.', ',')}
          onChange={setTolerance}
          inputMode="decimal"
          error={errors.paceTolerance}
        />
        <TextField
          id="recapitulatif"
          label="Adresse du récapitulatif hebdomadaire"
          hint="Vide : pas de récapitulatif par courriel."
          value={email ?? data.alertSettings.digestEmail ?? ''}
          onChange={setEmail}
          error={errors.digestEmail}
        />
        <p>
          <button type="submit">Enregistrer les réglages</button>
          {saved && (
            <span role="status" className="muted">
              {' '}
              Réglages enregistrés.
            </span>
          )}
        </p>
      </form>
    </section>
  );
}
