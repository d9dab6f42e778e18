import { useEffect } from 'react';
import { formatMonth } from '../format';
import { CompanyHoursHeaderDocument } from '../gql/graphql';
import { usePageQuery } from '../query';
import { HoursGrid, useGridMonth } from './hours-grid';
import type { GridPlacement } from './hours-rows';

/**
 * « Heures du mois » of a company: its placements on all its contracts, one row each, in the same grid as a
 * contract's (declare, correct with a reason, history). The contracts' references come from the contracts
 * subgraph; without it, the grid still works and each row says its contract is unavailable.
 */
export default function CompanyHoursPage({ siret }: { siret: string }) {
  const month = useGridMonth();
  const header = usePageQuery({ query: CompanyHoursHeaderDocument, variables: { siret } });
  const company = header.data?.company;
  useEffect(() => {
    document.title = `Heures de ${formatMonth(month)} — Maillage`;
  }, [month]);
  const references = new Map((company?.parties ?? []).map((party) => [party.contract.id, party.contract.reference]));
  const contractOf = (placement: GridPlacement) => {
    const reference = references.get(placement.contract.id);
    return reference ? `Marché ${reference}` : company ? 'Marché hors de vos interventions' : 'Marché (référence indisponible)';
  };
  const missing = [...header.missing, ...(!company && header.problem?.kind === 'unavailable' ? ['les marchés et les entreprises'] : [])];
  return (
    <>
      <h1 tabIndex={-1}>
        Heures de {formatMonth(month)}
        <span className="subtitle">{company ? `${company.name} — tous ses marchés` : `Entreprise ${siret}`}</span>
      </h1>
      <HoursGrid
        filter={{ employerSiret: siret }}
        scope={`entreprise:${siret}`}
        month={month}
        missing={missing}
        rowDetail={contractOf}
        empty="Aucune mise en emploi en cours ce mois-ci chez cette entreprise (ou visible avec votre compte)."
      />
    </>
  );
}
