import { useEffect } from 'react';
import { formatMonth } from '../format';
import { HoursContractDocument } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link } from '../router';
import { HoursGrid, useGridMonth } from './hours-grid';
import { employerOf } from './hours-rows';

/** « Heures du mois » of a contract: one row per placement active in the month on the contract. */
export default function HoursPage({ contractId }: { contractId: string }) {
  const month = useGridMonth();
  const header = usePageQuery({ query: HoursContractDocument, variables: { contractId } });
  const contract = header.data?.contract;
  useEffect(() => {
    document.title = `Heures de ${formatMonth(month)} — Maillage`;
  }, [month]);
  const missing = [...header.missing, ...(!contract && header.problem?.kind === 'unavailable' ? ['les marchés et les entreprises'] : [])];
  return (
    <>
      <p>
        <Link href={`/marches/${encodeURIComponent(contractId)}`}>← Retour au marché</Link>
      </p>
      <h1 tabIndex={-1}>
        Heures de {formatMonth(month)}
        <span className="subtitle">{contract ? `${contract.reference} — ${contract.title}` : 'Marché (intitulé indisponible)'}</span>
      </h1>
      <HoursGrid
        filter={{ contractId }}
        scope={contractId}
        month={month}
        missing={missing}
        rowDetail={employerOf}
        empty="Aucune mise en emploi en cours ce mois-ci sur ce marché (ou visible avec votre compte)."
      />
    </>
  );
}
