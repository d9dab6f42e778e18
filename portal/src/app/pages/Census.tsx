import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { TextField } from '../form/Field';
import { fieldErrorsOf } from '../form/server-errors';
import { formatDate, formatEuro, formatHours, label } from '../format';
import { CensusDocument, ContractFormOptionsDocument, ConvertPlannedPurchaseDocument, type PlannedPurchaseRowFragment } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link, navigate } from '../router';
import { CensusForm } from './census/CensusForm';
import { CensusImport } from './census/CensusImport';
import { RECOMMENDATION, thresholdText } from './census/labels';

/** « Transformer en marché »: the contract's reference, then one mutation; the contract's page opens. */
function Convert({ purchase }: { purchase: PlannedPurchaseRowFragment }) {
  const [, convert] = useMutation(ConvertPlannedPurchaseDocument);
  const [open, setOpen] = useState(false);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string>();
  if (purchase.contract) return <Link href={`/marches/${encodeURIComponent(purchase.contract.id)}`}>Marché {purchase.contract.reference}</Link>;
  if (!open) return <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>Transformer en marché</button>;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await convert({ id: purchase.id, input: { reference } });
    if (result.data) navigate(`/marches/${encodeURIComponent(result.data.convertPlannedPurchase.id)}`);
    else setError(fieldErrorsOf(result.error)?.[0]?.message ?? 'Le service ne répond pas : réessayez dans un instant.');
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <TextField id={`reference-${purchase.id}`} label="Référence du marché" value={reference} onChange={setReference} error={error} />
      <button type="submit" className="button">Créer le marché</button>
    </form>
  );
}

/** « Recensement » (facilitator): the planned purchases of the territory, their assessment, adding and importing, conversion. */
export default function CensusPage() {
  const { data, fetching, problem, missing, reexecute } = usePageQuery({ query: CensusDocument, variables: {} });
  const options = usePageQuery({ query: ContractFormOptionsDocument, variables: {} });
  useEffect(() => {
    document.title = 'Recensement des achats — Maillage';
  }, []);
  if (fetching && !data) return <Loading what="du recensement" />;
  if (problem && !data) return <ProblemPage problem={problem} />;
  const purchases = data?.plannedPurchases.nodes ?? [];
  const buyers = options.data?.buyers.nodes ?? [];
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <h1 tabIndex={-1}>Recensement des achats</h1>
      <p className="lead">Les achats prévus par les acheteurs de votre territoire, évalués pour un dispositif social : heures de la formule, seuil européen à la date de lancement, recommandation.</p>
      <PartialBanner missing={missing} />
      <div className="table-wrap">
        <table>
          <caption>{purchases.length} achat(s) recensé(s)</caption>
          <thead>
            <tr>
              <th scope="col">Achat</th><th scope="col">Acheteur</th><th scope="col">Montant estimé</th><th scope="col">Lancement</th>
              <th scope="col">Heures estimées</th><th scope="col">Seuil européen</th><th scope="col">Recommandation</th><th scope="col">Marché</th>
            </tr>
          </thead>
          <tbody>
            {purchases.map((purchase) => (
              <tr key={purchase.id}>
                <th scope="row">{purchase.object}<br /><span className="muted">CPV {purchase.cpvCode}</span></th>
                <td>{purchase.buyer.name}</td>
                <td>{formatEuro(purchase.estimatedAmount)}</td>
                <td>{formatDate(purchase.expectedLaunchDate)}</td>
                <td>{formatHours(purchase.assessment.hours.hours)}</td>
                <td>{thresholdText({ above: purchase.aboveEuThreshold }, formatEuro)}</td>
                <td>{label(RECOMMENDATION, purchase.recommendation)}{purchase.reason ? <><br /><span className="muted">{purchase.reason}</span></> : null}</td>
                <td><Convert purchase={purchase} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {buyers.length > 0 && (
        <div className="grid-2">
          <CensusForm buyers={buyers} onSaved={refresh} />
          <CensusImport buyers={buyers} onSaved={refresh} />
        </div>
      )}
    </>
  );
}
