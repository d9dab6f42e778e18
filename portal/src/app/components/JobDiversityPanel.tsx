import { formatNumber, formatPercent, toNumber } from '../format';
import { ContractJobsDocument, type JobFiguresFragment } from '../gql/graphql';
import { usePageQuery } from '../query';

/** « Diversité des postes » of a contract's file. */
export function JobDiversityPanel({ contractId }: { contractId: string }) {
  const { data } = usePageQuery({ query: ContractJobsDocument, variables: { id: contractId } });
  const jobs = data?.contract?.jobDiversity;
  return jobs ? <JobDiversity jobs={jobs} /> : null;
}

/**
 * The diversity of the jobs of a contract or a report: ROME families, jobs outside the main trade (the
 * contract's, or each contract's in a report), women's share.
 */
export function JobDiversity({ jobs, heading = 'h2' }: { jobs: JobFiguresFragment; heading?: 'h2' | 'h3' }) {
  const Heading = heading;
  const share = (value: string | null | undefined) => (value === null || value === undefined ? '—' : formatPercent(toNumber(value)));
  return (
    <section className="panel" aria-labelledby="diversite">
      <Heading id="diversite">Diversité des postes</Heading>
      {jobs.suppressed ? (
        <p className="muted">Chiffres masqués : moins de 5 personnes.</p>
      ) : jobs.placements === 0 ? (
        <p className="muted">Aucune mise en emploi sur ce marché.</p>
      ) : (
        <>
          <dl className="facts">
            <dt>Métiers codés (ROME)</dt>
            <dd>
              {formatNumber(jobs.placementsCoded ?? 0)} sur {formatNumber(jobs.placements ?? 0)} mises en emploi, {formatNumber(jobs.familyCount ?? 0)} famille
              {(jobs.familyCount ?? 0) > 1 ? 's' : ''}
            </dd>
            <dt>Hors du métier principal{jobs.mainTrade ? ` (famille ${jobs.mainTrade})` : ' de leur marché'}</dt>
            <dd>{jobs.outsideMainTradeShare === null ? 'sans objet' : share(jobs.outsideMainTradeShare)}</dd>
            <dt>Postes occupés par des femmes</dt>
            <dd>{share(jobs.womenShare)}</dd>
          </dl>
          <table>
            <caption>Mises en emploi par famille de métiers (ROME)</caption>
            <thead>
              <tr>
                <th scope="col">Famille</th>
                <th scope="col" className="number">
                  Mises en emploi
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.families.map((family) => (
                <tr key={family.category}>
                  <th scope="row">
                    {family.category === 'NONE' ? '' : `${family.category} — `}
                    {family.label}
                  </th>
                  <td className="number">{family.suppressed ? 'masqué' : formatNumber(family.placements ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
