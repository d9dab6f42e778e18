import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDate, label, STRUCTURE_KIND } from '../format';
import { fieldErrorsOf } from '../form/server-errors';
import { ContractMatchingStructuresDocument, RecordStructureIntroductionDocument } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link } from '../router';
import { ACCESS, useSession } from '../session';

/**
 * « Structures à solliciter » on a contract's file: the insertion structures the structures subgraph ranks
 * for it (sector from the CPV division, territory of the works, past collaboration with the holder,
 * capacity), each with its reasons, and « Mise en relation » to record that the facilitator introduced one to
 * the holder. Its own query, so that the rest of the file shows whatever this part does.
 */
export function StructuresToContact({ contractId }: { contractId: string }) {
  const { session } = useSession();
  const { data, problem, reexecute } = usePageQuery({ query: ContractMatchingStructuresDocument, variables: { id: contractId } });
  const [, introduce] = useMutation(RecordStructureIntroductionDocument);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const contract = data?.contract;
  const matches = contract?.matchingStructures;
  const mayIntroduce = session && ACCESS[session.role].includes('census');

  async function record(structureId: string) {
    if (!contract?.holder) return;
    const result = await introduce({ input: { structureId, contractId, companySiret: contract.holder.siret } });
    const message = result.data ? `Mise en relation enregistrée le ${formatDate(result.data.recordStructureIntroduction.introducedOn)}.` : (fieldErrorsOf(result.error)?.[0]?.message ?? 'Le service ne répond pas : réessayez.');
    setMessages((current) => ({ ...current, [structureId]: message }));
    if (result.data) reexecute({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby="structures-a-solliciter">
      <h2 id="structures-a-solliciter">Structures à solliciter</h2>
      {!matches && <p className="muted">{problem ? 'Le classement des structures est indisponible pour l’instant.' : 'Chargement du classement…'}</p>}
      {matches && matches.length === 0 && <p className="muted">Aucune structure d’insertion du secteur ne dessert le lieu des travaux.</p>}
      {matches && matches.length > 0 && (
        <ol className="cards" data-testid="structures-a-solliciter">
          {matches.map((match) => (
            <li key={match.structure.id} className="card">
              <p className="badge">
                Rang {match.rank} · score {match.score} · {label(STRUCTURE_KIND, match.structure.kind)}
              </p>
              <h3>
                <Link href={`/structures/${encodeURIComponent(match.structure.id)}`}>{match.structure.name}</Link>
              </h3>
              <ul>
                {match.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {match.introducedOn && <p>Mise en relation faite le {formatDate(match.introducedOn)}.</p>}
              {mayIntroduce && contract?.holder && (
                <button type="button" className="button button-secondary" onClick={() => void record(match.structure.id)}>
                  Mise en relation avec {contract.holder.name}
                </button>
              )}
              <p role="status">{messages[match.structure.id]}</p>
            </li>
          ))}
        </ol>
      )}
      {matches && matches.length > 0 && !contract?.holder && <p className="muted">La mise en relation s’enregistre une fois le titulaire connu.</p>}
    </section>
  );
}
