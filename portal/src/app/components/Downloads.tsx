import { useState } from 'react';
import { useSession } from '../session';

/**
 * Fetches a file with the session's token (kept in memory, never in a URL) and saves it. A refusal shows
 * the server's French message; a file cut half-way is an error, never a partial download.
 */
export async function downloadFile(href: string, token: string | undefined, setStatus: (status: string) => void): Promise<void> {
  setStatus('Préparation du fichier…');
  try {
    const response = await fetch(href, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
      setStatus(body?.errors?.[0]?.message ?? 'Le fichier n’a pas pu être produit.');
      return;
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.click();
    URL.revokeObjectURL(url);
    setStatus(`Fichier ${name} téléchargé.`);
  } catch {
    setStatus('Le fichier n’a pas pu être produit.');
  }
}

/**
 * « Télécharger : CSV · XLSX » for a list the page shows: the subgraph that holds it serves the file
 * (`/files/<subgraph>/exports/<list>.csv|xlsx`) with the same filters and the same access rules as the
 * page's read.
 */
export function Downloads({ path, params = {}, what }: { path: string; params?: Record<string, string | readonly string[] | undefined>; what: string }) {
  const { session } = useSession();
  const [status, setStatus] = useState('');
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value.length === 0) continue;
    query.set(name, Array.isArray(value) ? value.join(',') : (value as string));
  }
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return (
    <div className="no-print downloads">
      <span>Télécharger {what} :</span>{' '}
      {(['csv', 'xlsx'] as const).map((format) => (
        <button key={format} type="button" className="button button-secondary"
          onClick={() => void downloadFile(`${path}.${format}${suffix}`, session?.accessToken, setStatus)}>
          {format.toUpperCase()}
        </button>
      ))}
      <p role="status">{status}</p>
    </div>
  );
}
