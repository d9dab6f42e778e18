import { formatNumber, formatPercent, toNumber } from '../format';
import { ContractJobsDocument } from '../gql/graphql';
import { usePageQuery } from '../query';

/** « Diversité des postes » of a contract's file: ROME families, jobs outside the main trade, women's share. */
export function JobDiversityPanel({ contractId }: { contractId: string }) {
  const { data } = usePageQuery({ query: ContractJobsDocument, variables: { id: contractId } });
  const jobs = data?.contract?.jobDiversity;
  if (!jobs) return null;
  const share = (value: string | null | undefined) => (value === null || value === undefined ? '—' : formatPercent(toNumber(value)));
  return (
    <section className="panel" aria-labelledby="diversite">
      <h2 id="diversite">Diversité des postes</h2>
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
            <dt>Hors du métier principal{jobs.mainTrade ? ` (famille ${jobs.mainTrade})` : ''}</dt>
            <dd>{jobs.mainTrade ? share(jobs.outsideMainTradeShare) : 'sans objet pour ce secteur'}</dd>
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
