import { useState, type DragEvent } from 'react';
import { Loading } from '../components/Notice';
import { formatHours, formatMonth } from '../format';
import { HoursImportContractsDocument, HoursImportStatementsDocument, type PlacementFilter } from '../gql/graphql';
import { usePageQuery } from '../query';
import { useSession } from '../session';
import { confirmFile, correctedFile, downloadTemplate, previewFile, type Confirmation, type Preview, type Refusal } from './hours-import/files';

/** Last month in Paris: the month a statement is usually sent for. */
function lastMonth(): string {
  const [year, month] = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 7).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
}

function ContractChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { data, fetching } = usePageQuery({ query: HoursImportContractsDocument });
  if (fetching && !data) return <Loading what="des marchés" />;
  return (
    <p className="field">
      <label htmlFor="releve-marche">Marché</label>
      <select id="releve-marche" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choisir un marché</option>
        {data?.contracts.nodes.map((contract) => (
          <option key={contract.id} value={contract.id}>
            {contract.reference} — {contract.title}
          </option>
        ))}
      </select>
    </p>
  );
}

function Statements({ filter, month }: { filter: PlacementFilter; month: string }) {
  const { data, fetching, problem } = usePageQuery({ query: HoursImportStatementsDocument, variables: { filter }, requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading what="des relevés du mois" />;
  if (problem) return <p className="notice notice-error">{problem.message}</p>;
  const rows = (data?.placements.nodes ?? []).flatMap((placement) => placement.statements.filter((s) => s.month === month).map((statement) => ({ placement, statement })));
  if (rows.length === 0) return <p className="muted">Aucun relevé déclaré pour {formatMonth(month)}.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>Relevés déclarés pour {formatMonth(month)}</caption>
        <thead>
          <tr>
            <th scope="col">Mise en emploi</th>
            <th scope="col">Marché</th>
            <th scope="col" className="number">Heures travaillées</th>
            <th scope="col" className="number">Heures de formation</th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ placement, statement }) => (
            <tr key={statement.id}>
              <td><code>{placement.id}</code></td>
              <td>{placement.contract?.reference ?? '—'}</td>
              <td className="number">{formatHours(statement.hoursWorked)}</td>
              <td className="number">{formatHours(statement.trainingHours)}</td>
              <td>{statement.version > 1 ? `corrigée (v${statement.version}) : ${statement.correctionReason ?? ''}` : 'première déclaration'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RefusedLines({ refused, edits, onEdit }: { refused: Refusal[]; edits: Record<number, Refusal['values']>; onEdit: (line: number, values: Refusal['values']) => void }) {
  const fields: [keyof Refusal['values'], string][] = [['month', 'Mois'], ['hoursWorked', 'Heures travaillées'], ['trainingHours', 'Heures de formation'], ['remarks', 'Remarques']];
  return (
    <div className="table-wrap">
      <table>
        <caption>Lignes refusées : corrigez-les ici ou dans votre fichier</caption>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            <th scope="col">Colonne</th>
            <th scope="col">Motif</th>
            {fields.map(([, title]) => <th key={title} scope="col">{title}</th>)}
          </tr>
        </thead>
        <tbody>
          {refused.map((refusal) => {
            const values = edits[refusal.line] ?? refusal.values;
            return (
              <tr key={refusal.line}>
                <td>{refusal.line}</td>
                <td>{refusal.column}</td>
                <td id={`motif-${refusal.line}`}>{refusal.message}</td>
                {fields.map(([key, title]) => (
                  <td key={key}>
                    <input
                      aria-label={`${title}, ligne ${refusal.line}`}
                      aria-describedby={`motif-${refusal.line}`}
                      aria-invalid={refusal.column === title}
                      value={values[key]}
                      onChange={(event) => onEdit(refusal.line, { ...values, [key]: event.target.value })}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** « Relevés d’heures »: template, upload, line-by-line preview, fixes, confirmation, the month’s statements. */
export default function HoursImportPage() {
  const { session } = useSession();
  const [month, setMonth] = useState(lastMonth);
  const [contract, setContract] = useState('');
  const [file, setFile] = useState<Blob>();
  const [preview, setPreview] = useState<Preview>();
  const [edits, setEdits] = useState<Record<number, Refusal['values']>>({});
  const [confirmation, setConfirmation] = useState<Confirmation>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  if (!session) return null;
  const token = session.accessToken;
  const organisation = session.organisation ?? '';
  // The template's scope (query parameters) and the same scope as a placements filter.
  const [own, filter]: [Record<string, string>, PlacementFilter] | [undefined, undefined] =
    session.role === 'company' ? [{ company: organisation }, { employerSiret: organisation }]
      : session.role === 'structure' ? [{ structure: organisation }, { employerStructureId: organisation }]
        : contract ? [{ contract }, { contractId: contract }] : [undefined, undefined];

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Erreur inattendue');
    } finally {
      setBusy(false);
    }
  };
  const check = (next: Blob) => run(async () => {
    setConfirmation(undefined);
    setPreview(undefined);
    setFile(next);
    setEdits({});
    setPreview(await previewFile(token, next));
  });
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const dropped = event.dataTransfer.files[0];
    if (dropped) void check(dropped);
  };

  return (
    <section aria-labelledby="releves-titre">
      <h1 id="releves-titre" tabIndex={-1}>Relevés d’heures</h1>
      <p>Téléchargez le modèle du mois, remplissez les heures de chaque mise en emploi, puis déposez le fichier : un aperçu montre chaque ligne avant que vous confirmiez.</p>
      <div className="panel">
        <h2>1. Le modèle</h2>
        <p className="field">
          <label htmlFor="releve-mois">Mois</label>
          <input id="releve-mois" type="month" value={month} onChange={(event) => setMonth(event.target.value)} />
        </p>
        {(session.role === 'facilitator' || session.role === 'admin') && <ContractChoice value={contract} onChange={setContract} />}
        <p>
          <button type="button" disabled={!own || busy} onClick={() => void run(() => downloadTemplate(token, 'xlsx', new URLSearchParams({ ...own, month }).toString()))}>Télécharger le modèle (XLSX)</button>{' '}
          <button type="button" disabled={!own || busy} onClick={() => void run(() => downloadTemplate(token, 'csv', new URLSearchParams({ ...own, month }).toString()))}>Télécharger le modèle (CSV)</button>
        </p>
      </div>
      <div className="panel" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <h2>2. Le fichier rempli</h2>
        <p className="field">
          <label htmlFor="releve-fichier">Déposez ou choisissez le fichier (XLSX ou CSV, 10 Mo et 20 000 lignes au plus)</label>
          <input id="releve-fichier" type="file" accept=".xlsx,.csv,text/csv" onChange={(event) => { const chosen = event.target.files?.[0]; if (chosen) void check(chosen); }} />
        </p>
      </div>
      {busy && <p role="status" className="loading">Traitement du fichier…</p>}
      {error && <p role="alert" className="notice notice-error">{error}</p>}
      {preview && (
        <div className="panel" aria-labelledby="apercu-titre">
          <h2 id="apercu-titre">3. Aperçu</h2>
          {preview.alreadyConfirmed && <p className="notice notice-warning" role="status">Ce fichier a déjà été confirmé : le confirmer de nouveau ne déclarera rien.</p>}
          <p role="status">
            {preview.accepted.length} ligne(s) acceptée(s), {preview.corrections.length} correction(s), {preview.unchanged.length} déjà à jour, {preview.refused.length} ligne(s) refusée(s).
          </p>
          {preview.corrections.length > 0 && (
            <ul>
              {preview.corrections.map((line) => (
                <li key={line.line}>Ligne {line.line} : {formatHours(line.previous!.hoursWorked)} → {formatHours(line.hoursWorked)} ({line.reason})</li>
              ))}
            </ul>
          )}
          {preview.refused.length > 0 && (
            <>
              <RefusedLines refused={preview.refused} edits={edits} onEdit={(line, values) => setEdits({ ...edits, [line]: values })} />
              <p><button type="button" disabled={busy} onClick={() => void check(correctedFile(preview, edits))}>Vérifier les corrections</button></p>
            </>
          )}
          <p>
            <button type="button" disabled={busy || !file} onClick={() => void run(async () => {
              const done = await confirmFile(token, file!);
              setConfirmation(done);
              setPreview(undefined);
              setVersion(version + 1);
            })}>Confirmer la déclaration</button>
          </p>
        </div>
      )}
      {confirmation && <p role="status" className="notice notice-success">{confirmation.message}</p>}
      {filter && (
        <div className="panel">
          <h2>Relevés du mois</h2>
          <Statements key={version} filter={filter} month={month} />
        </div>
      )}
    </section>
  );
}
