import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { FormStatus, TextField } from '../form/Field';
import { fieldErrorsOf, isRetryable } from '../form/server-errors';
import { formatDate, formatHours, label, MODALITY } from '../format';
import { EraseBeneficiaryDocument, ExportBeneficiaryDocument, PersonFileDocument, type PersonFileQuery } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link } from '../router';
import { CriteriaSection } from './person-criteria';
import { PathsSection } from './person-paths';
import { PlacementForm } from './person-placement';

const today = () => new Date().toISOString().slice(0, 10);

/** « Fiche personne »: eligibility on a date, criteria, placements, and the person's data rights. */
export default function PersonPage({ id }: { id: string }) {
  const [on, setOn] = useState(today);
  const file = usePageQuery({ query: PersonFileDocument, variables: { id, on: /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : today() } });
  const person = file.data?.beneficiary;
  const refresh = () => file.reexecute({ requestPolicy: 'network-only' });
  useEffect(() => {
    document.title = 'Fiche personne — Maillage';
  }, []);
  if (file.fetching && !file.data) return <Loading what="de la fiche" />;
  if (file.problem && !person) return <ProblemPage problem={file.problem} />;
  if (!person) return <ProblemPage problem={{ kind: 'not-found', message: 'Cette personne n’existe pas ou n’est pas visible avec votre compte.' }} />;
  const name = person.erasedAt ? 'Personne effacée' : `${person.firstName ?? ''} ${person.lastName ?? ''}`.trim() || 'Personne';
  const eligibility = person.eligibility;
  return (
    <>
      <h1 tabIndex={-1}>
        {name}
        <span className="subtitle">
          {person.erasedAt ? `Données effacées le ${formatDate(person.erasedAt)}` : `Née ou né le ${formatDate(person.birthDate)} — ${person.residenceCommune?.name ?? 'commune indisponible'}`}
        </span>
      </h1>
      <PartialBanner missing={file.missing} />
      {!person.erasedAt && (
        <>
          <section className="panel" aria-labelledby="eligibilite">
            <h2 id="eligibilite">Éligibilité</h2>
            <TextField id="eligibleOn" type="date" label="À la date du" value={on} onChange={setOn} />
            <p role="status" className={eligibility?.eligible ? 'notice notice-success' : 'notice notice-warning'}>
              {eligibilityLine(eligibility, on)}
            </p>
          </section>
          <CriteriaSection person={person} onChanged={refresh} />
          <PathsSection person={person} onChanged={refresh} />
          <section className="panel" aria-labelledby="emplois">
            <h2 id="emplois">Mises en emploi</h2>
            {!person.placements ? (
              <p className="muted">Les mises en emploi sont indisponibles pour le moment.</p>
            ) : person.placements.length === 0 ? (
              <p className="muted">Aucune mise en emploi.</p>
            ) : (
              <ul>
                {(person.placements ?? []).map((placement) => (
                  <li key={placement.id}>
                    <Link href={`/marches/${encodeURIComponent(placement.contract.id)}`}>Marché {placement.contract.reference ?? ''}</Link> — {label(MODALITY, placement.modality)}, depuis le {formatDate(placement.startDate)}
                    {placement.eligibilityBasis === 'EXEMPTION' ? ' (par dérogation)' : ''}
                  </li>
                ))}
              </ul>
            )}
            <PlacementForm beneficiaryId={person.id} onOpened={refresh} />
          </section>
          <TrainingsSection trainings={person.trainings} />
        </>
      )}
      <DataRights id={person.id} name={name} erased={Boolean(person.erasedAt)} onErased={refresh} />
    </>
  );
}

type PersonEligibility = NonNullable<PersonFileQuery['beneficiary']>['eligibility'];

/**
 * The eligibility line. Assessed at hiring (`assessedOn` before the date asked), it holds for the whole
 * placement: say so, rather than show the proof's limit, long past, as if it bounded the eligibility.
 */
export function eligibilityLine(eligibility: PersonEligibility, asked: string): string {
  if (!eligibility?.eligible) return `Non éligible le ${formatDate(eligibility?.on ?? asked)} : aucun critère validé ne couvre cette date.`;
  const criterion = eligibility.criterion ? `critère : ${eligibility.criterion.label}, ` : '';
  const basis =
    eligibility.assessedOn && eligibility.assessedOn !== eligibility.on
      ? `au titre de l’embauche du ${formatDate(eligibility.assessedOn)}`
      : eligibility.validUntil
        ? `jusqu’au ${formatDate(eligibility.validUntil)}`
        : 'sans limite de date';
  return `Éligible le ${formatDate(eligibility.on)} (${criterion}${basis}).`;
}

const ENROLMENT_STATUS: Record<string, string> = { ENROLLED: 'inscrite', COMPLETED: 'terminée', ABANDONED: 'abandonnée' };

type Enrolment = NonNullable<NonNullable<PersonFileQuery['beneficiary']>['trainings']>[number];

/**
 * « Formations »: the person's enrolments as the training organisations record them (the trainings subgraph,
 * a partner's), with the hours they attest — as far as the viewer's role lets that subgraph show them.
 */
function TrainingsSection({ trainings }: { trainings: readonly Enrolment[] | null | undefined }) {
  return (
    <section className="panel" aria-labelledby="formations">
      <h2 id="formations">Formations</h2>
      {!trainings ? (
        <p className="muted">Les formations ne sont pas disponibles pour le moment (service des organismes de formation).</p>
      ) : trainings.length === 0 ? (
        <p className="muted">Aucune formation visible avec votre compte.</p>
      ) : (
        <ul>
          {trainings.map((enrolment) => (
            <li key={enrolment.id}>
              <strong>{enrolment.action.title}</strong> — {enrolment.action.organisationName}, du {formatDate(enrolment.action.startDate)} au{' '}
              {formatDate(enrolment.action.endDate)} ({ENROLMENT_STATUS[enrolment.status] ?? enrolment.status}) :{' '}
              {formatHours(enrolment.attestedHours)} attestées sur {formatHours(enrolment.action.plannedHours)} prévues
              {enrolment.action.certification ? `. Certification visée : ${enrolment.action.certification}` : ''}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Export (RGPD art. 15) and erasure (art. 17), the latter confirmed in a dialog that says what is kept. */
function DataRights({ id, name, erased, onErased }: { id: string; name: string; erased: boolean; onErased: () => void }) {
  const [, exportData] = useMutation(ExportBeneficiaryDocument);
  const [, erase] = useMutation(EraseBeneficiaryDocument);
  const [download, setDownload] = useState<string>();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string }>();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => () => (download ? URL.revokeObjectURL(download) : undefined), [download]);

  async function runExport() {
    const result = await exportData({ id });
    if (result.data) {
      setDownload(URL.createObjectURL(new Blob([result.data.exportBeneficiary.document], { type: 'application/json' })));
      setStatus({ kind: 'success', message: 'Export prêt : téléchargez le fichier. Cet export est journalisé.' });
    } else setStatus({ kind: 'error', message: isRetryable(result.error) ? 'Le service ne répond pas : réessayez.' : ((fieldErrorsOf(result.error) ?? [])[0]?.message ?? 'Export refusé.') });
  }
  async function confirmErase() {
    dialog.current?.close();
    const result = await erase({ id });
    if (result.data) {
      setStatus({ kind: 'success', message: 'Données effacées. Les heures déclarées restent dans les totaux, sans identité.' });
      onErased();
    } else setStatus({ kind: 'error', message: isRetryable(result.error) ? 'Le service ne répond pas : rien n’a été effacé. Réessayez.' : ((fieldErrorsOf(result.error) ?? [])[0]?.message ?? 'Effacement refusé.') });
  }

  return (
    <section className="panel" aria-labelledby="donnees">
      <h2 id="donnees">Données personnelles</h2>
      <p className="actions">
        <button type="button" className="button button-secondary" onClick={() => void runExport()}>
          Exporter ses données (JSON)
        </button>
        {download && (
          <a className="button" href={download} download={`personne-${id}.json`}>
            Télécharger l’export
          </a>
        )}
        {!erased && (
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.showModal()}>
            Effacer ses données…
          </button>
        )}
      </p>
      <FormStatus kind={status?.kind} message={status?.message} />
      <dialog ref={dialog} aria-labelledby="effacer-titre" aria-describedby="effacer-texte" className="confirm">
        <h2 id="effacer-titre">Effacer les données de {name} ?</h2>
        <div id="effacer-texte">
          <p>Effacés définitivement : l’identité (nom, prénom, date de naissance, coordonnées) et les critères d’éligibilité.</p>
          <p>
            <strong>Conservés :</strong> les heures déclarées et les mises en emploi, sans identité, pour les totaux des marchés.
          </p>
        </div>
        <p className="actions">
          <button type="button" className="button" onClick={() => void confirmErase()}>
            Effacer définitivement
          </button>
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
            Annuler
          </button>
        </p>
      </dialog>
    </section>
  );
}
