import { useEffect } from 'react';
import { HoursChart, monthPoints } from '../components/charts';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { elapsedShare, ProgressBar } from '../components/Progress';
import { Downloads } from '../components/Downloads';
import {
  CONTRACT_STATUS,
  formatDate,
  formatEuro,
  formatFte,
  formatHours,
  formatMonth,
  HOURS_METHOD,
  label,
  LEGAL_BASIS,
  MODALITY,
  PARTY_ROLE,
  SECTOR,
  STRUCTURE_KIND,
  toNumber,
} from '../format';
import { ContractFileDocument, ContractPlacementsDocument, type ContractPlacementsQuery } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link } from '../router';
import { StructuresToContact } from './contract-matching';
import { ACCESS, useSession } from '../session';

type Placement = ContractPlacementsQuery['placements']['nodes'][number];

function Placements({ contractId }: { contractId: string }) {
  const { data, fetching, problem, missing } = usePageQuery({ query: ContractPlacementsDocument, variables: { contractId } });
  if (fetching && !data) return <Loading what="des mises en emploi" />;
  if (problem?.kind === 'forbidden') return <p className="muted">Votre rôle ne permet pas de voir les personnes en parcours : seuls les totaux sont affichés.</p>;
  if (problem) return <p className="notice notice-error">{problem.message}</p>;
  const placements = data?.placements.nodes ?? [];
  if (placements.length === 0) return <p className="muted">Aucune mise en emploi visible pour votre compte.</p>;
  const corrected = placements.flatMap((placement) =>
    placement.statements.filter((statement) => statement.history.length > 1).map((statement) => ({ placement, statement })),
  );
  const who = (placement: Placement) =>
    placement.beneficiary && (placement.beneficiary.firstName || placement.beneficiary.lastName)
      ? `${placement.beneficiary.firstName ?? ''} ${placement.beneficiary.lastName ?? ''}`.trim()
      : 'Personne (identité non visible)';
  return (
    <>
      <PartialBanner missing={missing} />
      <Downloads what="les mises en emploi" path="/files/beneficiaries/exports/placements" params={{ contractId }} />
      <Downloads what="les relevés d’heures" path="/files/beneficiaries/exports/statements" params={{ contractId }} />
      <details className="panel" open={placements.length <= 10}>
        <summary>
          {placements.length} mise{placements.length > 1 ? 's' : ''} en emploi
        </summary>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Mises en emploi sur ce marché</caption>
          <thead>
            <tr>
              <th scope="col">Personne</th>
              <th scope="col">Modalité</th>
              <th scope="col">Employeur</th>
              <th scope="col">Période</th>
              <th scope="col" className="number">
                Heures déclarées
              </th>
            </tr>
          </thead>
          <tbody>
            {placements.map((placement) => (
              <tr key={placement.id}>
                <th scope="row">{who(placement)}</th>
                <td>{label(MODALITY, placement.modality)}</td>
                <td>{placement.employerStructure?.name ?? 'Entreprise titulaire'}</td>
                <td>
                  {formatDate(placement.startDate)} – {placement.endDate ? formatDate(placement.endDate) : 'en cours'}
                </td>
                <td className="number">
                  {formatHours(placement.statements.reduce((sum, s) => sum + toNumber(s.hoursWorked), 0))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      </details>
      <h3>Historique des corrections de relevés</h3>
      {corrected.length === 0 ? (
        <p className="muted">Aucun relevé corrigé.</p>
      ) : (
        <details className="panel">
          <summary>
            {corrected.length} relevé{corrected.length > 1 ? 's' : ''} corrigé{corrected.length > 1 ? 's' : ''} : voir les versions
          </summary>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Relevés d’heures corrigés, version par version</caption>
              <thead>
                <tr>
                  <th scope="col">Personne</th>
                  <th scope="col">Mois</th>
                  <th scope="col">Versions (heures, date, motif de la correction)</th>
                </tr>
              </thead>
              <tbody>
                {corrected.map(({ placement, statement }) => (
                  <tr key={statement.id}>
                    <th scope="row">{who(placement)}</th>
                    <td>{formatMonth(statement.month)}</td>
                    <td>
                      <ol className="versions">
                        {[...statement.history]
                          .sort((a, b) => a.version - b.version)
                          .map((version) => (
                            <li key={version.version}>
                              v{version.version} : {formatHours(version.hoursWorked)}, le {formatDate(version.declaredAt)}
                              {version.correctionReason ? ` — ${version.correctionReason}` : ''}
                            </li>
                          ))}
                      </ol>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}

/** Fiche marché: buyer, lots and clauses, parties, progress charts, placements as far as the role allows. */
export default function ContractPage({ id }: { id: string }) {
  const { data, fetching, problem, missing } = usePageQuery({ query: ContractFileDocument, variables: { id } });
  const { session } = useSession();
  const contract = data?.contract;
  useEffect(() => {
    if (contract) document.title = `Marché ${contract.reference} — Maillage`;
  }, [contract]);
  if (fetching && !data) return <Loading what="du marché" />;
  if (problem && !contract) return <ProblemPage problem={problem.kind === 'bad-input' ? { kind: 'not-found', message: 'Ce marché n’existe pas.' } : problem} />;
  if (!contract) return <ProblemPage problem={{ kind: 'not-found', message: 'Ce marché n’existe pas ou n’est pas visible avec votre compte.' }} />;
  const progress = contract.insertionProgress;
  const target = toNumber(contract.hoursTarget);
  const realised = toNumber(progress?.hoursRealised);
  return (
    <>
      <p>
        <Link href="/tableau-de-bord">← Retour au tableau de bord</Link>
      </p>
      <h1 tabIndex={-1}>
        Marché {contract.reference} — {contract.title}
      </h1>
      <PartialBanner missing={missing} />
      <div className="grid-2">
        <section className="panel" aria-labelledby="acheteur">
          <h2 id="acheteur">Acheteur et marché</h2>
          <dl className="facts">
            <dt>Acheteur</dt>
            <dd>
              {contract.buyer.name} ({contract.buyer.commune.name})
            </dd>
            <dt>Statut</dt>
            <dd>{label(CONTRACT_STATUS, contract.status)}</dd>
            <dt>Secteur</dt>
            <dd>{label(SECTOR, contract.sector)}</dd>
            <dt>Montant estimé</dt>
            <dd>{formatEuro(contract.estimatedAmount)}</dd>
            <dt>Notification</dt>
            <dd>{formatDate(contract.notificationDate)}</dd>
            <dt>Exécution</dt>
            <dd>
              du {formatDate(contract.executionStart)} au {formatDate(contract.executionEnd)}
            </dd>
            {contract.facilitator && (
              <>
                <dt>Facilitateur</dt>
                <dd>
                  {contract.facilitator.name} ({contract.facilitator.organisation.name}) —{' '}
                  <a href={`mailto:${contract.facilitator.email}`}>{contract.facilitator.email}</a>
                </dd>
              </>
            )}
          </dl>
          {contract.description && <p>{contract.description}</p>}
        </section>
        <section className="panel" aria-labelledby="avancement">
          <h2 id="avancement">Avancement</h2>
          {progress?.suppressed ? (
            <p className="muted">Avancement masqué : {progress.suppressionReason ?? 'moins de 5 personnes'}.</p>
          ) : (
            <>
              <ProgressBar
                realised={realised}
                target={target}
                elapsed={elapsedShare(contract.executionStart, contract.executionEnd)}
                label={`Avancement du marché ${contract.reference}`}
              />
              <dl className="facts">
                <dt>Heures réalisées</dt>
                <dd>{formatHours(realised)}</dd>
                <dt>Dont formation</dt>
                <dd>{formatHours(progress?.trainingHours)}</dd>
                <dt>Personnes</dt>
                <dd>{progress?.people ?? '—'}</dd>
                <dt>Équivalents temps plein</dt>
                <dd>{formatFte(realised, data?.defaultFteDivisor)}</dd>
                <dt>Dernier mois déclaré</dt>
                <dd>{progress?.lastMonthDeclared ? formatMonth(progress.lastMonthDeclared) : '—'}</dd>
              </dl>
            </>
          )}
        </section>
      </div>

      <h2>Lots et clauses d’insertion</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Lots et clauses</caption>
          <thead>
            <tr>
              <th scope="col">Lot</th>
              <th scope="col">Fondement juridique</th>
              <th scope="col">Calcul des heures</th>
              <th scope="col" className="number">
                Objectif
              </th>
              <th scope="col">Dérogation</th>
            </tr>
          </thead>
          <tbody>
            {contract.lots.map((lot) => (
              <tr key={lot.id}>
                <th scope="row">
                  Lot {lot.number} — {lot.title}
                  <br />
                  <span className="muted">{formatEuro(lot.amount)}</span>
                </th>
                <td>{lot.clause ? label(LEGAL_BASIS, lot.clause.legalBasis) : 'Pas de clause'}</td>
                <td>
                  {lot.clause ? label(HOURS_METHOD, lot.clause.hoursMethod) : '—'}
                  {lot.clause?.formula && (
                    <span className="muted">
                      <br />
                      {formatEuro(lot.clause.formula.amount)} × {Number(lot.clause.formula.labourShare) * 100} % main-d’œuvre ×{' '}
                      {Number(lot.clause.formula.insertionRate) * 100} % insertion ÷ {formatEuro(lot.clause.formula.hourlyCost)}/h ={' '}
                      {formatHours(lot.clause.formula.hours)}
                    </span>
                  )}
                </td>
                <td className="number">{lot.clause ? formatHours(lot.clause.hoursTarget) : '—'}</td>
                <td>
                  {lot.clause?.manualHours ? (
                    <>
                      {formatHours(lot.clause.manualHours)} : {lot.clause.manualJustification ?? 'sans motif'}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Entreprises et structures d’insertion</h2>
      {contract.parties.length === 0 ? (
        <p className="muted">Aucune entreprise attributaire pour l’instant.</p>
      ) : (
        <ul className="cards">
          {contract.parties.map((party) => (
            <li key={party.id} className="card">
              <p className="badge">
                {label(PARTY_ROLE, party.role)}
                {party.lot ? ` · lot ${party.lot.number}` : ''}
              </p>
              <h3>{party.company.name}</h3>
              <p className="muted">SIRET {party.company.siret}</p>
              {party.company.insertionStructure && (
                <p>
                  Structure d’insertion :{' '}
                  <Link href={`/structures/${party.company.insertionStructure.id}`}>{party.company.insertionStructure.name}</Link> (
                  {label(STRUCTURE_KIND, party.company.insertionStructure.kind)})
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      <StructuresToContact contractId={contract.id} />

      {!progress?.suppressed && (
        <div className="grid-2">
          <HoursChart id="heures-mois" title="Heures par mois" points={monthPoints(progress?.byMonth ?? [])} />
          <HoursChart
            id="heures-modalite"
            title="Heures par modalité"
            horizontal
            points={(progress?.byModality ?? [])
              .filter((item) => !item.suppressed)
              .map((item) => ({ label: label(MODALITY, item.modality), value: Number(item.hours ?? 0) }))}
          />
        </div>
      )}

      <h2>Mises en emploi</h2>
      {session && ACCESS[session.role].includes('hours') && (
        <p className="actions">
          <Link href={`/marches/${encodeURIComponent(contract.id)}/heures`} className="button">
            Déclarer ou corriger les heures du mois
          </Link>
          {ACCESS[session.role].includes('contract-manage') && (
            <Link href={`/marches/${encodeURIComponent(contract.id)}/gestion`} className="button button-secondary">
              Gérer le marché (statut, entreprises)
            </Link>
          )}
        </p>
      )}
      <Placements contractId={contract.id} />
    </>
  );
}
