/**
 * The census files of the contracts subgraph, through the portal's origin (`/files/…` is forwarded to the
 * gateway like `/graphql`): the token goes in a header, never in a URL.
 */
import { responseError, saveResponse } from '../../download';

const BASE = '/files/contracts/recensement';

export interface CensusPreviewLine {
  line: number;
  object: string;
  cpvCode: string;
  estimatedAmount: string;
  expectedLaunchDate: string;
  recommendation: string;
  hours: string;
  aboveEuThreshold: boolean | null;
}

export interface CensusRefusal {
  line: number;
  column: string;
  message: string;
}

export interface CensusPreview {
  accepted: CensusPreviewLine[];
  refused: CensusRefusal[];
}

export interface CensusConfirmation {
  recorded: number;
  alreadyRecorded: number;
  refused: CensusRefusal[];
  message: string;
}

async function send<T>(token: string, path: 'apercu' | 'confirmation', buyerId: string, file: Blob): Promise<T> {
  const response = await fetch(`${BASE}/${path}?acheteur=${encodeURIComponent(buyerId)}`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: file,
  });
  if (!response.ok) throw await responseError(response);
  return (await response.json()) as T;
}

export const previewCensus = (token: string, buyerId: string, file: Blob) => send<CensusPreview>(token, 'apercu', buyerId, file);
export const confirmCensus = (token: string, buyerId: string, file: Blob) => send<CensusConfirmation>(token, 'confirmation', buyerId, file);

/** The template (its columns and one example line), fetched with the token and saved from a blob. */
export async function downloadCensusTemplate(token: string): Promise<void> {
  const response = await fetch(`${BASE}/modele.csv`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw await responseError(response);
  await saveResponse(response, 'recensement-achats.csv');
}
