import { useEffect } from 'react';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { formatDate, formatHours, label, SECTOR, STRUCTURE_FAMILY, STRUCTURE_KIND } from '../format';
import { StructurePageDocument } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link } from '../router';

const SERVICES: Record<string, string> = {};

/** A structure's page. */
export default function StructurePage({ id }: { id: string }) {
  const { data, fetching, problem, missing } = usePageQuery({ query: StructurePageDocument, variables: { id } });
  const structure = data?.structure;
  useEffect(() => {
    if (structure) document.title = `${structure.name} — Maillage`;
  }, [structure]);
  if (fetching && !data) return <Loading what="de la structure" />;
  if (problem && !structure) return <ProblemPage problem={problem.kind === 'bad-input' ? { kind: 'not-found', message: 'Cette structure n’existe pas.' } : problem} />;
  if (!structure) return <ProblemPage problem={{ kind: 'not-found', message: 'Cette structure n’existe pas ou n’est pas visible avec votre compte.' }} />;
  const stats = structure.placementStats;
  return (
    <>
      <p>
        <Link href="/structures">← Toutes les structures</Link>
      </p>
      <h1 tabIndex={-1}>{structure.name}</h1>
      <PartialBanner missing={missing} />
      <div className="grid-2">
        <section className="panel" aria-labelledby="identite">
          <h2 id="identite">Identité</h2>
          <dl className="facts">
            <dt>Type</dt>
            <dd>{label(STRUCTURE_KIND, structure.kind)}</dd>
            <dt>Famille</dt>
            <dd>{label(STRUCTURE_FAMILY, structure.family)}</dd>
            <dt>SIRET</dt>
            <dd>{structure.siret}</dd>
            <dt>Adresse</dt>
            <dd>
              {structure.addressLine ?? ''} {structure.postalCode ?? ''} {structure.commune.name}
            </dd>
            <dt>Département</dt>
            <dd>
              {structure.department.name} ({structure.department.code})
            </dd>
            <dt>Secteurs</dt>
            <dd>{structure.sectors.map((sector) => label(SECTOR, sector)).join(', ') || '—'}</dd>
            <dt>Services</dt>
            <dd>{structure.services.map((service) => SERVICES[service] ?? service.toLowerCase().replace(/_/g, ' ')).join(', ') || '—'}</dd>
            <dt>Heures de clause</dt>
            <dd>{structure.canDeliverClauseHours ? 'Peut porter des heures de clause' : 'Ne porte pas d’heures de clause'}</dd>
            <dt>Capacité d’accueil</dt>
            <dd>{structure.insertionCapacity ?? '—'}</dd>
            <dt>Conventionnement</dt>
            <dd>
              {structure.agreementStartDate ? `du ${formatDate(structure.agreementStartDate)}` : '—'}
              {structure.agreementEndDate ? ` au ${formatDate(structure.agreementEndDate)}` : ''}
            </dd>
            <dt>Statut</dt>
            <dd>{structure.active ? 'Active' : 'Désactivée'}</dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="contact">
          <h2 id="contact">Contact et activité</h2>
          {structure.contact ? (
            <dl className="facts">
              <dt>Contact</dt>
              <dd>{structure.contact.label ?? '—'}</dd>
              <dt>Courriel</dt>
              <dd>{structure.contact.email ? <a href={`mailto:${structure.contact.email}`}>{structure.contact.email}</a> : '—'}</dd>
              <dt>Téléphone</dt>
              <dd>{structure.contact.phone ? <a href={`tel:${structure.contact.phone.replace(/\s/g, '')}`}>{structure.contact.phone}</a> : '—'}</dd>
            </dl>
          ) : (
            <p className="muted">Pas de contact publié.</p>
          )}
          <h3>Mises en emploi</h3>
          {!stats ? (
            <p className="muted">Pas de données d’activité.</p>
          ) : stats.suppressed ? (
            <p className="muted">Chiffres masqués : {stats.suppressionReason ?? 'moins de 5 personnes'}.</p>
          ) : (
            <dl className="facts">
              <dt>Heures réalisées</dt>
              <dd>{formatHours(stats.hoursRealised)}</dd>
              <dt>Personnes</dt>
              <dd>{stats.people ?? '—'}</dd>
              <dt>Mises en emploi</dt>
              <dd>
                {stats.placements ?? '—'} (dont {stats.activePlacements ?? 0} en cours)
              </dd>
            </dl>
          )}
          <p>Départements servis : {structure.servedDepartments.map((d) => `${d.name} (${d.code})`).join(', ') || '—'}</p>
        </section>
      </div>
    </>
  );
}
