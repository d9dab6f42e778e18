/**
 * The statements files of the beneficiaries subgraph, through the portal's origin (`/files/…` is forwarded
 * to the gateway like `/graphql`): the token goes in a header, never in a URL.
 */
import { responseError, saveResponse } from '../../download';

const BASE = '/files/beneficiaries/releves';

export interface PreviewLine {
  line: number;
  placementId: string;
  month: string;
  hoursWorked: string;
  trainingHours: string;
  remarks: string;
  previous?: { hoursWorked: string; trainingHours: string };
  reason?: string;
}

export interface Refusal {
  line: number;
  column: string;
  message: string;
  values: { placementId: string; month: string; hoursWorked: string; trainingHours: string; remarks: string; reason: string };
}

export interface Preview {
  file: { format: 'XLSX' | 'CSV'; encoding: string | null; delimiter: string | null; lines: number; skipped: number };
  alreadyConfirmed: boolean;
  accepted: PreviewLine[];
  corrections: PreviewLine[];
  unchanged: PreviewLine[];
  refused: Refusal[];
}

export interface Confirmation {
  replayed: boolean;
  declared: number;
  corrected: number;
  unchanged: number;
  refused: Refusal[];
  message: string;
}

/** Downloads the template: fetched with the token, then saved from a blob. */
export async function downloadTemplate(token: string, format: 'xlsx' | 'csv', query: string): Promise<void> {
  const response = await fetch(`${BASE}/modele.${format}?${query}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw await responseError(response);
  await saveResponse(response, `releve-heures.${format}`);
}

async function send<T>(token: string, path: 'apercu' | 'confirmation', file: Blob): Promise<T> {
  const response = await fetch(`${BASE}/${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: file });
  if (!response.ok) throw await responseError(response);
  return (await response.json()) as T;
}

export const previewFile = (token: string, file: Blob) => send<Preview>(token, 'apercu', file);
export const confirmFile = (token: string, file: Blob) => send<Confirmation>(token, 'confirmation', file);

const HEADER = ['Référence de la mise en emploi', 'Mois', 'Heures travaillées', 'Heures de formation', 'Remarques'];
const quote = (cell: string) => (/[;"\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const french = (hours: string) => hours.replace('.', ',');

/**
 * The file as corrected in place: every line of the preview (refused ones as edited) written back as a
 * UTF-8 CSV, which is then previewed and confirmed like any upload.
 */
export function correctedFile(preview: Preview, edits: Record<number, Refusal['values']>): Blob {
  const kept = [...preview.accepted, ...preview.corrections, ...preview.unchanged].map((line) => ({
    line: line.line, cells: [line.placementId, line.month, french(line.hoursWorked), french(line.trainingHours), line.reason ?? line.remarks],
  }));
  const fixed = preview.refused.map((refusal) => {
    const values = edits[refusal.line] ?? refusal.values;
    return { line: refusal.line, cells: [values.placementId, values.month, values.hoursWorked, values.trainingHours, values.reason || values.remarks] };
  });
  const rows = [...kept, ...fixed].sort((a, b) => a.line - b.line).map((row) => row.cells);
  return new Blob([[HEADER, ...rows].map((row) => row.map(quote).join(';')).join('\r\n')], { type: 'text/csv;charset=utf-8' });
}
