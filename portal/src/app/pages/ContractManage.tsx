import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { FormStatus } from '../form/Field';
import { fieldErrorsOf, isRetryable } from '../form/server-errors';
import { CONTRACT_STATUS, formatHours, HOURS_METHOD, label, PARTY_ROLE } from '../format';
import { ChangeContractStatusDocument, ContractManageDocument, type ContractStatus } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link, useLocation } from '../router';
import { LotSocialDevices } from './contract-devices';
import { AddParty } from './contract-party';

/** The verb of each step, for its button. */
const STEP: Record<string, string> = {
  PUBLISHED: 'Publier la consultation',
  AWARDED: 'Déclarer le marché attribué',
  IN_EXECUTION: 'Démarrer l’exécution',
  CLOSED: 'Clore le marché',
  CANCELLED: 'Annuler le marché',
  DRAFT: 'Repasser en brouillon',
};

/**
 * « Gérer le marché » (facilitator): its status moved only along the transitions the server allows, its lots'
 * targets, each lot's social devices, and the companies that carry it out.
 */
export default function ContractManagePage({ id }: { id: string }) {
  const { search } = useLocation();
  const { data, fetching, problem, missing, reexecute } = usePageQuery({ query: ContractManageDocument, variables: { id } });
  const [, changeStatus] = useMutation(ChangeContractStatusDocument);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | undefined>(
    search.get('cree') === '1' ? { kind: 'success', message: 'Marché créé au statut « Brouillon ».' } : undefined,
  );
  const [moving, setMoving] = useState(false);
  const contract = data?.contract;
  useEffect(() => {
    if (contract) document.title = `Gérer le marché ${contract.reference} — Maillage`;
  }, [contract]);
  if (fetching && !data) return <Loading what="du marché" />;
  if (problem && !contract) return <ProblemPage problem={problem} />;
  if (!contract) return <ProblemPage problem={{ kind: 'not-found', message: 'Ce marché n’existe pas ou n’est pas visible avec votre compte.' }} />;

  async function move(to: ContractStatus) {
    if (to === 'CANCELLED' && !window.confirm('Annuler ce marché ? Cette étape est définitive.')) return;
    setMoving(true);
    const result = await changeStatus({ id, status: to });
    setMoving(false);
    if (result.data) {
      setStatus({ kind: 'success', message: `Statut : ${label(CONTRACT_STATUS, result.data.changeContractStatus.status)}.` });
      reexecute({ requestPolicy: 'network-only' });
    } else if (isRetryable(result.error)) {
      setStatus({ kind: 'error', message: 'Le service ne répond pas : le statut n’a pas changé. Réessayez dans un instant.' });
    } else {
      setStatus({ kind: 'error', message: (fieldErrorsOf(result.error) ?? [])[0]?.message ?? 'Le statut n’a pas changé.' });
      reexecute({ requestPolicy: 'network-only' });
    }
  }

  return (
    <>
      <p>
        <Link href={`/marches/${encodeURIComponent(id)}`}>← Fiche du marché</Link>
      </p>
      <h1 tabIndex={-1}>
        Gérer le marché {contract.reference}
        <span className="subtitle">{contract.title}</span>
      </h1>
      <PartialBanner missing={missing} />
      <FormStatus kind={status?.kind} message={status?.message} />
      <section className="panel" aria-labelledby="statut">
        <h2 id="statut">Statut : {label(CONTRACT_STATUS, contract.status)}</h2>
        {contract.allowedTransitions.length === 0 ? (
          <p className="muted">Aucune étape possible depuis ce statut.</p>
        ) : (
          <ul className="actions">
            {contract.allowedTransitions.map((to) => (
              <li key={to}>
                <button type="button" className={to === 'CANCELLED' ? 'button button-secondary' : 'button'} disabled={moving} onClick={() => void move(to)}>
                  {STEP[to] ?? label(CONTRACT_STATUS, to)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="lots">
        <h2 id="lots">Lots et objectifs d’heures</h2>
        <p>Objectif du marché : {formatHours(contract.hoursTarget)}</p>
        <ul>
          {contract.lots.map((lot) => (
            <li key={lot.id}>
              Lot {lot.number} — {lot.title} :{' '}
              {lot.clause ? `${formatHours(lot.clause.hoursTarget)} (${label(HOURS_METHOD, lot.clause.hoursMethod).toLowerCase()})` : 'sans clause'}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="dispositifs">
        <h2 id="dispositifs">Dispositifs sociaux</h2>
        <p className="muted">
          Un lot peut porter plusieurs dispositifs, un de chaque nature : une condition d’exécution (son objectif d’heures), un critère d’attribution, des
          réservations aux SIAE et aux EA/ESAT. Un lot réservé n’a pas d’objectif d’heures.
        </p>
        {contract.lots.length === 0 ? (
          <p className="muted">Ce marché n’a pas encore de lot.</p>
        ) : (
          contract.lots.map((lot) => <LotSocialDevices key={lot.id} lot={lot} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />)
        )}
      </section>
      <section className="panel" aria-labelledby="entreprises">
        <h2 id="entreprises">Entreprises</h2>
        {contract.parties.length === 0 ? (
          <p className="muted">Aucune entreprise rattachée.</p>
        ) : (
          <ul className="party-list">
            {contract.parties.map((party) => (
              <li key={party.id}>
                {party.company?.name ?? party.company?.siret ?? 'Entreprise'} — {label(PARTY_ROLE, party.role)}
                {party.lot ? `, lot ${party.lot.number}` : ', marché entier'}
              </li>
            ))}
          </ul>
        )}
        <AddParty contractId={id} lots={contract.lots} onAdded={() => reexecute({ requestPolicy: 'network-only' })} />
      </section>
    </>
  );
}
