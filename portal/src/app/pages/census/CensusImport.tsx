import { useState, type FormEvent } from 'react';
import { FormStatus, SelectField } from '../../form/Field';
import { formatEuro, formatHours, label } from '../../format';
import { useSession } from '../../session';
import { confirmCensus, downloadCensusTemplate, previewCensus, type CensusPreview } from './files';
import { RECOMMENDATION } from './labels';

/** « Importer un tableur »: a buyer's purchases from an XLSX or CSV file, previewed line by line, then confirmed. */
export function CensusImport({ buyers, onSaved }: { buyers: { id: string; name: string }[]; onSaved: () => void }) {
  const { session } = useSession();
  const [buyerId, setBuyerId] = useState(buyers[0]?.id ?? '');
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<CensusPreview>();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string }>();
  const [busy, setBusy] = useState(false);
  const token = session?.accessToken ?? '';

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    try {
      return await action();
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function submitPreview(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setStatus({ kind: 'error', message: 'Choisissez un fichier .xlsx ou .csv.' });
      return;
    }
    setStatus(undefined);
    setPreview(await run(() => previewCensus(token, buyerId, file)));
  }

  async function confirm() {
    if (!file) return;
    const result = await run(() => confirmCensus(token, buyerId, file));
    if (!result) return;
    setPreview(undefined);
    setStatus({ kind: 'success', message: result.message });
    onSaved();
  }

  return (
    <section className="panel" aria-labelledby="importer">
      <h2 id="importer">Importer un tableur</h2>
      <p className="muted">
        Colonnes : Objet, Code CPV, Montant estimé HT, Date de lancement prévue, Recommandation (clause, réservé SIAE, réservé EA/ESAT, critère, aucun) ; facultatives : Commune des travaux,
        Part de main-d’œuvre, Taux d’insertion, Coût horaire, Motif.{' '}
        <button type="button" className="button button-small button-secondary" onClick={() => void run(() => downloadCensusTemplate(token))}>Télécharger le modèle</button>
      </p>
      <form onSubmit={(event) => void submitPreview(event)} noValidate className="work-form">
        <SelectField id="importBuyerId" label="Acheteur du fichier" value={buyerId} onChange={setBuyerId} options={buyers.map((buyer) => ({ value: buyer.id, label: buyer.name }))} />
        <div className="field">
          <label htmlFor="censusFile">Fichier (.xlsx ou .csv, 5 Mo au plus)</label>
          <input id="censusFile" type="file" accept=".xlsx,.csv,text/csv" onChange={(event) => { setFile(event.target.files?.[0]); setPreview(undefined); }} />
        </div>
        <div className="save-bar">
          <button type="submit" className="button button-secondary" disabled={busy}>Voir l’aperçu</button>
          <FormStatus kind={status?.kind} message={status?.message} />
        </div>
      </form>
      {preview && (
        <div data-testid="apercu-recensement">
          <p>{preview.accepted.length} ligne(s) acceptée(s), {preview.refused.length} ligne(s) refusée(s). Rien n’est enregistré avant la confirmation.</p>
          {preview.refused.length > 0 && (
            <table>
              <caption>Lignes refusées</caption>
              <thead><tr><th scope="col">Ligne</th><th scope="col">Colonne</th><th scope="col">Motif</th></tr></thead>
              <tbody>{preview.refused.map((refusal) => <tr key={refusal.line}><td>{refusal.line}</td><td>{refusal.column}</td><td>{refusal.message}</td></tr>)}</tbody>
            </table>
          )}
          {preview.accepted.length > 0 && (
            <table>
              <caption>Lignes acceptées</caption>
              <thead><tr><th scope="col">Ligne</th><th scope="col">Objet</th><th scope="col">Montant</th><th scope="col">Heures</th><th scope="col">Recommandation</th></tr></thead>
              <tbody>
                {preview.accepted.map((line) => (
                  <tr key={line.line}><td>{line.line}</td><td>{line.object}</td><td>{formatEuro(line.estimatedAmount)}</td><td>{formatHours(line.hours)}</td><td>{label(RECOMMENDATION, line.recommendation)}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" className="button" disabled={busy || preview.accepted.length === 0} onClick={() => void confirm()}>
            Confirmer l’import de {preview.accepted.length} achat(s)
          </button>
        </div>
      )}
    </section>
  );
}
