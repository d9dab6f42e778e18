import { useEffect, useMemo, useState } from 'react';
import { HoursChart, monthPoints } from '../components/charts';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { elapsedShare, ProgressBar } from '../components/Progress';
import { Downloads } from '../components/Downloads';
import { CONTRACT_STATUS, fold, formatDate, formatFte, formatHours, formatNumber, label, toNumber } from '../format';
import { DashboardDocument, type ContractStatus, type DashboardQuery } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link } from '../router';
import { ACCESS, useSession } from '../session';

type Row = DashboardQuery['contracts']['nodes'][number];

const STATUS_CHOICES: { value: string; label: string; statuses?: ContractStatus[] }[] = [
  { value: 'IN_EXECUTION', label: 'En exécution', statuses: ['IN_EXECUTION'] },
  { value: 'AWARDED', label: 'Attribués', statuses: ['AWARDED'] },
  { value: 'CLOSED', label: 'Clos', statuses: ['CLOSED'] },
  { value: 'ALL', label: 'Tous' },
];

/** How far behind the pace a contract is (negative: behind), for sorting « behind first ». */
export function paceGap(row: Pick<Row, 'hoursTarget' | 'executionStart' | 'executionEnd' | 'insertionProgress'>, today = new Date()): number {
  const target = toNumber(row.hoursTarget);
  const realised = toNumber(row.insertionProgress?.hoursRealised);
  const ratio = target > 0 ? realised / target : 1;
  const elapsed = elapsedShare(row.executionStart, row.executionEnd, today) ?? 0;
  return ratio - elapsed;
}

/** Tableau de bord: contracts of my territory (facilitator), my buyer's (buyer) or my company's (company). */
export default function DashboardPage() {
  const { session } = useSession();
  const [status, setStatus] = useState('IN_EXECUTION');
  const [buyer, setBuyer] = useState('');
  const [text, setText] = useState('');
  const statuses = STATUS_CHOICES.find((choice) => choice.value === status)?.statuses;
  const filter = {
    ...(statuses ? { status: statuses } : {}),
    ...(session?.role === 'buyer' && session.organisation ? { buyerId: session.organisation } : {}),
  };
  const { data, fetching, problem, missing } = usePageQuery({ query: DashboardDocument, variables: { filter, first: 100 } });
  const title = session?.role === 'company' ? 'Mes marchés' : 'Tableau de bord';
  useEffect(() => {
    document.title = `${title} — Maillage`;
  }, [title]);

  const all = useMemo(() => {
    const nodes = data?.contracts.nodes ?? [];
    // A company follows the contracts it holds.
    return session?.role === 'company' ? nodes.filter((row) => row.holder?.siret === session.organisation) : nodes;
  }, [data, session]);
  const buyers = useMemo(() => {
    const map = new Map<string, string>();
    for (const row of all) map.set(row.buyer.id, row.buyer.name);
    return [...map].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  }, [all]);
  const rows = useMemo(() => {
    const wanted = fold(text);
    return all
      .filter((row) => !buyer || row.buyer.id === buyer)
      .filter((row) => !wanted || fold(`${row.reference} ${row.title} ${row.buyer.name} ${row.holder?.name ?? ''}`).includes(wanted))
      // Behind pace first; contracts whose progress is unavailable last.
      .sort((a, b) => (a.insertionProgress ? paceGap(a) : 9) - (b.insertionProgress ? paceGap(b) : 9));
  }, [all, buyer, text]);

  const totals = useMemo(() => {
    let hours = 0;
    let people = 0;
    const byMonth = new Map<string, number>();
    for (const row of rows) {
      hours += toNumber(row.insertionProgress?.hoursRealised);
      people += row.insertionProgress?.people ?? 0;
      for (const month of row.insertionProgress?.byMonth ?? []) {
        if (!month.suppressed) byMonth.set(month.month, (byMonth.get(month.month) ?? 0) + toNumber(month.hours));
      }
    }
    const known = rows.some((row) => row.insertionProgress);
    return { known, hours, people, byMonth: [...byMonth].map(([month, value]) => ({ month, hours: String(value), suppressed: false })) };
  }, [rows]);

  if (problem) return <ProblemPage problem={problem} />;
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      {session && ACCESS[session.role].includes('contract-new') && (
        <p className="actions">
          <Link href="/marches/nouveau" className="button">
            Nouveau marché
          </Link>
          <Link href="/personnes/nouvelle" className="button button-secondary">
            Nouvelle personne
          </Link>
        </p>
      )}
      <PartialBanner missing={missing} />
      <form className="panel filters" aria-label="Filtrer les marchés" onSubmit={(event) => event.preventDefault()}>
        <div>
          <label htmlFor="filtre-statut">Statut</label>
          <select id="filtre-statut" value={status} onChange={(event) => setStatus(event.target.value)}>
            {STATUS_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        {session?.role !== 'buyer' && (
          <div>
            <label htmlFor="filtre-acheteur">Acheteur</label>
            <select id="filtre-acheteur" value={buyer} onChange={(event) => setBuyer(event.target.value)}>
              <option value="">Tous les acheteurs</option>
              {buyers.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="filtre-texte">Référence, objet, entreprise</label>
          <input id="filtre-texte" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
      </form>
      {fetching && !data ? (
        <Loading what="des marchés" />
      ) : (
        <>
          <h2>Totaux des {formatNumber(rows.length)} marchés affichés</h2>
          <dl className="totals">
            <div>
              <dt>Heures réalisées</dt>
              <dd>{totals.known ? formatHours(totals.hours) : '—'}</dd>
            </div>
            <div>
              <dt>Personnes (somme par marché)</dt>
              <dd>{totals.known ? formatNumber(totals.people) : '—'}</dd>
            </div>
            <div>
              <dt>Équivalents temps plein</dt>
              <dd>{totals.known ? formatFte(totals.hours, data?.defaultFteDivisor) : '—'}</dd>
            </div>
          </dl>
          <p className="legend">Un équivalent temps plein = {formatNumber(toNumber(data?.defaultFteDivisor))} heures.</p>
          <HoursChart id="heures-par-mois" title="Heures réalisées par mois" points={monthPoints(totals.byMonth)} />
          <h2>Marchés, les plus en retard d’abord</h2>
          {session?.role !== 'company' && <Downloads what="les marchés de l’étape et de l’acheteur choisis" path="/files/contracts/exports/contracts" params={{ status: filter.status, buyerId: buyer || filter.buyerId }} />}
          {rows.length === 0 ? (
            <p className="notice" role="status">
              Aucun marché ne correspond à ces critères.
            </p>
          ) : (
            <ul className="contract-list">
              {rows.map((row) => {
                const elapsed = elapsedShare(row.executionStart, row.executionEnd);
                const target = toNumber(row.hoursTarget);
                const realised = toNumber(row.insertionProgress?.hoursRealised);
                const behind = elapsed !== undefined && target > 0 && realised / target < elapsed;
                return (
                  <li key={row.id} className={behind ? 'contract-item behind' : 'contract-item'}>
                    <h3>
                      <Link href={`/marches/${row.id}`}>
                        {row.reference} — {row.title}
                      </Link>
                    </h3>
                    <p className="muted">
                      {row.buyer.name}
                      {row.holder ? ` · titulaire : ${row.holder.name}` : ''} · {label(CONTRACT_STATUS, row.status)} · du {formatDate(row.executionStart)} au{' '}
                      {formatDate(row.executionEnd)}
                    </p>
                    {!row.insertionProgress ? (
                      <p className="muted">Avancement indisponible pour le moment.</p>
                    ) : row.insertionProgress.suppressed ? (
                      <p className="muted">Avancement masqué (moins de 5 personnes).</p>
                    ) : (
                      <ProgressBar realised={realised} target={target} elapsed={elapsed} label={`Avancement du marché ${row.reference}`} />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </>
  );
}
