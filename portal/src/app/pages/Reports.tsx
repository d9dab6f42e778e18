import { useEffect, useState, type FormEvent } from 'react';
import { JobDiversity } from '../components/JobDiversityPanel';
import { HoursChart, monthPoints } from '../components/charts';
import { downloadFile } from '../download';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { formatDate, formatHours, formatNumber, formatPercent, label, toNumber } from '../format';
import { ReportBuyersDocument, ReportDocument, type ReportCellFragment, type ReportFiguresFragment, type ReportPartFragment, type ReportQuery, type ReportScopeKind } from '../gql/graphql';
import { usePageQuery } from '../query';
import { navigate, useLocation } from '../router';
import { useSession } from '../session';

const SCOPES: { value: ReportScopeKind; label: string; roles: string[] }[] = [
  { value: 'BUYER', label: 'Un acheteur', roles: ['facilitator', 'buyer', 'admin'] },
  { value: 'TERRITORY', label: 'Mon territoire', roles: ['facilitator'] },
  { value: 'DEPARTMENT', label: 'Un département', roles: ['facilitator', 'admin'] },
  { value: 'REGION', label: 'Une région', roles: ['facilitator', 'admin'] },
  { value: 'NATION', label: 'France entière (consolidation nationale)', roles: ['admin'] },
];

const BUYER_KINDS: Record<string, string> = {
  COMMUNE: 'Communes', EPCI: 'Intercommunalités (EPCI)', DEPARTMENT: 'Départements', REGION: 'Régions', STATE: 'État',
  PUBLIC_ESTABLISHMENT: 'Établissements publics', SOCIAL_LANDLORD: 'Bailleurs sociaux', PRIVATE_COMPANY: 'Entreprises privées', OTHER: 'Autres',
};

const LAST_YEAR = new Date().getFullYear() - 1;
const YEARS = Array.from({ length: 8 }, (_, index) => LAST_YEAR - index);

/** A table of indicator cells; a masked cell says why. */
function CellTable({ title, cells, unit = 'people' }: { title: string; cells: readonly ReportCellFragment[]; unit?: 'people' | 'placements' | 'hours' }) {
  if (cells.length === 0) return null;
  const value = (cell: ReportCellFragment) => {
    if (cell.suppressed) return 'masqué (moins de 5 personnes)';
    if (unit === 'hours') return formatHours(cell.hours);
    return formatNumber(unit === 'placements' ? (cell.placements ?? 0) : (cell.people ?? 0));
  };
  return (
    <div className="table-wrap">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Catégorie</th>
            <th scope="col" className="number">{unit === 'hours' ? 'Heures' : unit === 'placements' ? 'Mises en emploi' : 'Personnes'}</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr key={cell.category}>
              <th scope="row">{cell.label}</th>
              <td className="number">{value(cell)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Facilitation = { facilitators: number; services: number } | null | undefined;

/**
 * The national consolidation's breakdowns, as the facilitators' network publishes them: by kind of buyer
 * and by region (with the region's facilitators and services, from the directory).
 */
function BreakdownTable({ title, first, parts, facilitation }: {
  title: string;
  first: string;
  parts: readonly (ReportPartFragment & { name: string; facilitation?: Facilitation })[];
  facilitation?: boolean;
}) {
  const masked = (value: number | string | null | undefined, format: (v: number) => string) => (value === null || value === undefined ? 'masqué' : format(toNumber(value)));
  return (
    <div className="table-wrap">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col" className="number">Marchés clausés</th>
            <th scope="col" className="number">Acheteurs</th>
            <th scope="col" className="number">Heures réalisées</th>
            <th scope="col" className="number">ETP</th>
            <th scope="col" className="number">Mises en emploi</th>
            <th scope="col" className="number">Personnes</th>
            {facilitation && <th scope="col" className="number">Facilitateurs</th>}
            {facilitation && <th scope="col" className="number">Services</th>}
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => (
            <tr key={part.key}>
              <th scope="row">{part.name}</th>
              <td className="number">{formatNumber(part.contracts)}</td>
              <td className="number">{formatNumber(part.buyers)}</td>
              <td className="number">{part.insertion?.suppressed ? 'masqué' : formatHours(part.insertion?.hoursRealised)}</td>
              <td className="number">{part.insertion?.fte ? part.insertion.fte.replace('.', ',') : '—'}</td>
              <td className="number">{masked(part.insertion?.placements, formatNumber)}</td>
              <td className="number">{masked(part.insertion?.people, formatNumber)}</td>
              {facilitation && <td className="number">{formatNumber(part.facilitation?.facilitators ?? 0)}</td>}
              {facilitation && <td className="number">{formatNumber(part.facilitation?.services ?? 0)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NationalTables({ report }: { report: NonNullable<ReportQuery['insertionReport']> }) {
  const kinds = (report.byBuyerKind ?? []).filter((part) => part.contracts > 0).map((part) => ({ ...part, name: label(BUYER_KINDS, part.buyerKind) }));
  const regions = (report.byRegion ?? []).map((part) => ({ ...part, name: part.label }));
  if (kinds.length === 0 && regions.length === 0) return null;
  return (
    <>
      <h3>Consolidation nationale</h3>
      <BreakdownTable title="Par nature d’acheteur" first="Nature d’acheteur" parts={kinds} />
      <BreakdownTable title="Par région" first="Région" parts={regions} facilitation />
    </>
  );
}

function Summary({ report, previous, facilitation }: { report: ReportFiguresFragment; previous?: ReportFiguresFragment | null; facilitation?: Facilitation }) {
  const insertion = report.insertion;
  const before = previous?.insertion;
  const rows: [string, string, string | undefined][] = [
    ['Marchés clausés en exécution', formatNumber(report.contracts), previous ? formatNumber(previous.contracts) : undefined],
    ['Objectif d’heures', formatHours(report.hoursTarget), previous ? formatHours(previous.hoursTarget) : undefined],
    ['Heures réalisées', insertion?.suppressed ? 'masqué' : formatHours(insertion?.hoursRealised), before ? formatHours(before.hoursRealised) : undefined],
    ['Taux de réalisation', insertion?.ratio ? formatPercent(toNumber(insertion.ratio)) : '—', before?.ratio ? formatPercent(toNumber(before.ratio)) : undefined],
    [`Équivalents temps plein (÷ ${formatNumber(toNumber(report.fteDivisor))} h)`, insertion?.fte ? insertion.fte.replace('.', ',') : '—', before?.fte?.replace('.', ',')],
    ['Personnes ayant travaillé', insertion?.people !== null && insertion?.people !== undefined ? formatNumber(insertion.people) : 'masqué', before?.people?.toString()],
    ['Mises en emploi', insertion?.placements !== null && insertion?.placements !== undefined ? formatNumber(insertion.placements) : 'masqué', before?.placements?.toString()],
    ['Entreprises', formatNumber(report.companies), previous ? formatNumber(previous.companies) : undefined],
    ['Acheteurs', formatNumber(report.buyers), previous ? formatNumber(previous.buyers) : undefined],
    ...(facilitation ? [
      ['Facilitateurs en poste (annuaire)', formatNumber(facilitation.facilitators), undefined],
      ['Services de facilitation', formatNumber(facilitation.services), undefined],
    ] as [string, string, undefined][] : []),
  ];
  return (
    <div className="table-wrap">
      <table className="report-summary">
        <caption>Chiffres clés, du {formatDate(report.periodStart)} au {formatDate(report.periodEnd)}</caption>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col" className="number">Période</th>
            <th scope="col" className="number">Année précédente</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, now, then]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="number">{now}</td>
              <td className="number">{then ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** « Bilans »: choose a scope and a period, see the indicators with charts, download the report. */
export default function ReportsPage({ print = false }: { print?: boolean }) {
  const { session } = useSession();
  const { search } = useLocation();
  const role = session?.role ?? 'buyer';
  const scopes = SCOPES.filter((scope) => scope.roles.includes(role));
  const kind = (search.get('perimetre') as ReportScopeKind | null) ?? scopes[0]!.value;
  const year = Number(search.get('annee') ?? LAST_YEAR);
  const divisor = search.get('diviseur') === '1600' ? '1600' : '1607';
  const id = search.get('id') ?? (role === 'buyer' ? (session?.organisation ?? '') : '');
  const code = search.get('code') ?? '';
  const [form, setForm] = useState({ kind, year: String(year), divisor, id, code });
  const [fileStatus, setFileStatus] = useState('');
  useEffect(() => {
    document.title = 'Bilans — Maillage';
  }, []);
  const ready = kind === 'BUYER' ? id !== '' : kind === 'DEPARTMENT' || kind === 'REGION' ? code !== '' : true;
  const scope = { kind, ...(kind === 'BUYER' ? { id } : {}), ...(kind === 'DEPARTMENT' || kind === 'REGION' ? { code } : {}) };
  const { data, fetching, problem, missing } = usePageQuery({ query: ReportDocument, variables: { scope, period: { year }, fteDivisor: divisor, national: kind === 'NATION' }, pause: !ready });
  const buyers = usePageQuery({ query: ReportBuyersDocument, pause: print || role === 'buyer' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams({ perimetre: form.kind, annee: form.year, diviseur: form.divisor });
    if (form.kind === 'BUYER') params.set('id', form.id);
    if (form.kind === 'DEPARTMENT' || form.kind === 'REGION') params.set('code', form.code);
    navigate(`/bilans?${params.toString()}`);
  };
  const report = data?.insertionReport;
  const insertion = report?.insertion;
  const download = new URLSearchParams({ perimetre: kind, annee: String(year), diviseur: divisor, ...(scope.id ? { id: scope.id } : {}), ...(scope.code ? { code: scope.code } : {}) });

  return (
    <>
      <h1 tabIndex={-1}>Bilans des clauses sociales</h1>
      {!print && <form className="panel filters no-print" aria-label="Choisir le bilan" onSubmit={submit}>
        <div>
          <label htmlFor="bilan-perimetre">Périmètre</label>
          <select id="bilan-perimetre" value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value as ReportScopeKind })}>
            {scopes.map((choice) => (
              <option key={choice.value} value={choice.value}>{choice.label}</option>
            ))}
          </select>
        </div>
        {form.kind === 'BUYER' && role !== 'buyer' && (
          <div>
            <label htmlFor="bilan-acheteur">Acheteur</label>
            <select id="bilan-acheteur" value={form.id} onChange={(event) => setForm({ ...form, id: event.target.value })}>
              <option value="">Choisir un acheteur</option>
              {(buyers.data?.buyers.nodes ?? []).map((buyer) => (
                <option key={buyer.id} value={buyer.id}>{buyer.name}</option>
              ))}
            </select>
          </div>
        )}
        {(form.kind === 'DEPARTMENT' || form.kind === 'REGION') && (
          <div>
            <label htmlFor="bilan-code">{form.kind === 'DEPARTMENT' ? 'Code du département' : 'Code de la région'}</label>
            <input id="bilan-code" value={form.code} inputMode="numeric" onChange={(event) => setForm({ ...form, code: event.target.value.trim() })} />
          </div>
        )}
        <div>
          <label htmlFor="bilan-annee">Année</label>
          <select id="bilan-annee" value={form.year} onChange={(event) => setForm({ ...form, year: event.target.value })}>
            {YEARS.map((choice) => (
              <option key={choice} value={choice}>{choice}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="bilan-diviseur">Heures par ETP</label>
          <select id="bilan-diviseur" value={form.divisor} onChange={(event) => setForm({ ...form, divisor: event.target.value })}>
            <option value="1607">1 607 h (durée légale)</option>
            <option value="1600">1 600 h (consolidation nationale)</option>
          </select>
        </div>
        <div>
          <button type="submit" className="button">Afficher le bilan</button>
        </div>
      </form>}
      {problem ? (
        <ProblemPage problem={problem} />
      ) : !ready ? (
        <p>Choisissez un périmètre pour afficher son bilan.</p>
      ) : fetching && !data ? (
        <Loading what="du bilan" />
      ) : report ? (
        <article className="report" aria-labelledby="bilan-titre" data-report-ready={fetching ? undefined : ''}>
          <PartialBanner missing={missing} />
          <h2 id="bilan-titre">{report.label} — bilan {year}</h2>
          {!print && (
            <div className="no-print downloads">
              <span>Télécharger :</span>{' '}
              {(['pdf', 'csv', 'xlsx'] as const).map((format) => (
                <button key={format} type="button" className="button button-secondary" onClick={() => void downloadFile(`/bilans/fichier.${format}?${download.toString()}`, session?.accessToken, setFileStatus)}>
                  {format === 'pdf' ? 'PDF' : `Tableaux (${format.toUpperCase()})`}
                </button>
              ))}
              <p role="status">{fileStatus}</p>
            </div>
          )}
          <Summary report={report} previous={report.previousYear} facilitation={report.facilitation} />
          <NationalTables report={report} />
          {insertion?.suppressed && <p className="notice">Les chiffres sont masqués : le périmètre compte moins de 5 personnes.</p>}
          {insertion && !insertion.suppressed && (
            <>
              <HoursChart id="bilan-mois" title="Heures réalisées par mois" points={monthPoints(insertion.byMonth.map((cell) => ({ month: cell.category, hours: cell.hours, suppressed: cell.suppressed })))} />
              <HoursChart id="bilan-modalites" horizontal title="Heures par modalité" points={insertion.byModality.filter((cell) => !cell.suppressed).map((cell) => ({ label: cell.label, value: toNumber(cell.hours) }))} />
              <CellTable title="Heures par nature" cells={insertion.hoursByKind} unit="hours" />
              <h3>Profil des personnes à l’entrée</h3>
              <CellTable title="Tranches d’âge" cells={insertion.profile.ageBands} />
              <CellTable title="Sexe" cells={insertion.profile.sex} />
              <CellTable title="Critères d’éligibilité" cells={insertion.profile.criteriaFamilies} />
              <CellTable title="Résidence en quartier prioritaire" cells={insertion.profile.qpv} />
              <CellTable title="Niveau de qualification" cells={insertion.profile.qualification} />
              {insertion.profile.rqth !== null && insertion.profile.rqth !== undefined && <p>Personnes reconnues travailleurs handicapés (RQTH) : {formatNumber(insertion.profile.rqth)}</p>}
              <h3>Contrats de travail</h3>
              <CellTable title="Types de contrat" cells={insertion.contractTypes} unit="placements" />
              <CellTable title="Durées prévues" cells={insertion.contractDurations} unit="placements" />
              <h3>Sorties</h3>
              <CellTable title="À la sortie" cells={insertion.outcomesAtExit} />
              <CellTable title="Six mois après" cells={insertion.outcomesAtSixMonths} />
              {report.jobDiversity && <JobDiversity jobs={report.jobDiversity} heading="h3" />}
            </>
          )}
        </article>
      ) : null}
    </>
  );
}
