import { useEffect } from 'react';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { formatDate, formatMonth, formatNumber, label, lastMonth, MODALITY } from '../format';
import { CompanyHomeDocument, StructureHomeDocument } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link } from '../router';
import { useSession } from '../session';

const today = () => new Date().toISOString().slice(0, 10);
const nameOf = (person: { firstName?: string | null; lastName?: string | null } | null | undefined) =>
  `${person?.firstName ?? ''} ${person?.lastName ?? ''}`.trim() || 'Personne (identité non visible)';

/**
 * « Accueil » of the roles whose daily work is people rather than contracts: the company (its placements on
 * all its contracts, and the month to declare) and the insertion structure (the people it refers, and their
 * placements). The other roles land on their dashboard or the structures.
 */
export default function HomePage() {
  const { session } = useSession();
  useEffect(() => {
    document.title = 'Accueil — Maillage';
  }, []);
  const organisation = session?.organisation;
  if (!organisation) return <ProblemPage problem={{ kind: 'forbidden', message: 'Votre compte n’est rattaché à aucune organisation.' }} />;
  return session?.role === 'company' ? <CompanyHome siret={organisation} /> : <StructureHome structureId={organisation} />;
}

function CompanyHome({ siret }: { siret: string }) {
  const home = usePageQuery({ query: CompanyHomeDocument, variables: { siret, today: today() } });
  const month = lastMonth();
  if (home.fetching && !home.data) return <Loading what="de votre accueil" />;
  if (home.problem) return <ProblemPage problem={home.problem} />;
  const company = home.data?.company;
  const references = new Map((company?.parties ?? []).map((party) => [party.contract.id, party.contract]));
  const placements = home.data?.placements;
  const toDeclare = (placements?.nodes ?? []).filter((placement) => placement.startDate.slice(0, 7) <= month && !placement.statements.some((s) => s.month === month));
  return (
    <>
      <h1 tabIndex={-1}>
        Accueil
        <span className="subtitle">{company?.name ?? `Entreprise ${siret}`}</span>
      </h1>
      <PartialBanner missing={home.missing} />
      <section className="panel" aria-labelledby="a-declarer">
        <h2 id="a-declarer">Heures de {formatMonth(month)}</h2>
        {!placements ? (
          <p className="muted">La saisie des heures est indisponible pour le moment (service des personnes et des heures).</p>
        ) : (
          <p>
            {toDeclare.length === 0 ? 'Tous les relevés du mois sont déclarés.' : `${formatNumber(toDeclare.length)} relevé${toDeclare.length > 1 ? 's' : ''} à déclarer.`}
          </p>
        )}
        <p className="actions">
          <Link className="button" href={`/entreprises/${encodeURIComponent(siret)}/heures?mois=${month}`}>
            Déclarer les heures de {formatMonth(month)}
          </Link>
          <Link className="button button-secondary" href="/tableau-de-bord">
            Mes marchés
          </Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="mes-emplois">
        <h2 id="mes-emplois">Mes mises en emploi en cours{placements ? ` (${formatNumber(placements.totalCount)})` : ''}</h2>
        {placements && placements.nodes.length === 0 ? (
          <p className="muted">Aucune mise en emploi en cours.</p>
        ) : (
          <ul className="placement-list">
            {(placements?.nodes ?? []).map((placement) => {
              const contract = references.get(placement.contract.id);
              return (
                <li key={placement.id}>
                  <strong>{nameOf(placement.beneficiary)}</strong> — {contract ? <Link href={`/marches/${encodeURIComponent(contract.id)}`}>{contract.reference}</Link> : 'marché'}
                  , {label(MODALITY, placement.modality)}, depuis le {formatDate(placement.startDate)}
                  {placement.endDate ? ` jusqu’au ${formatDate(placement.endDate)}` : ''}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

function StructureHome({ structureId }: { structureId: string }) {
  const home = usePageQuery({ query: StructureHomeDocument, variables: { structureId } });
  if (home.fetching && !home.data) return <Loading what="de votre accueil" />;
  if (home.problem) return <ProblemPage problem={home.problem} />;
  const people = home.data?.beneficiaries;
  const structure = home.data?.structure;
  return (
    <>
      <h1 tabIndex={-1}>
        Accueil
        <span className="subtitle">{structure?.name ?? 'Ma structure'}</span>
      </h1>
      <PartialBanner missing={home.missing} />
      <p className="actions">
        <Link className="button button-secondary" href={`/structures/${encodeURIComponent(structureId)}`}>
          Ma structure
        </Link>
      </p>
      <section className="panel" aria-labelledby="mes-personnes">
        <h2 id="mes-personnes">Les personnes que nous accompagnons{people ? ` (${formatNumber(people.totalCount)})` : ''}</h2>
        {!people ? (
          <p className="muted">Les personnes sont indisponibles pour le moment (service des personnes et des heures).</p>
        ) : people.nodes.length === 0 ? (
          <p className="muted">Aucune personne n’a votre structure pour référente.</p>
        ) : (
          <>
            {people.totalCount > people.nodes.length && (
              <p className="muted">Les {formatNumber(people.nodes.length)} premières sont affichées ; chaque fiche donne le détail.</p>
            )}
            <ul className="people-list">
              {people.nodes.map((person) => (
                <li key={person.id}>
                  <Link href={`/personnes/${encodeURIComponent(person.id)}`}>{nameOf(person)}</Link>
                  {(person.placements ?? []).length === 0 ? (
                    <span className="muted"> — aucune mise en emploi</span>
                  ) : (
                    <ul>
                      {(person.placements ?? []).map((placement) => (
                        <li key={placement.id}>
                          {label(MODALITY, placement.modality)}, depuis le {formatDate(placement.startDate)}
                          {placement.endDate ? ` jusqu’au ${formatDate(placement.endDate)}` : ''} ({placement.active ? 'en cours' : 'terminée'})
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
