import { useState } from 'react';
import { downloadFile } from '../download';
import { useSession } from '../session';

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
