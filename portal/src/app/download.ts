/**
 * Files from the hub, fetched with the session's token (kept in memory, never in a URL): the French message
 * of a refusal, and saving an answer as a file.
 */

/** The French message of a refused call (the typed body of the files routes). */
export async function responseError(response: Response): Promise<Error> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] };
    return new Error(body.errors?.[0]?.message ?? `Erreur ${response.status}`);
  } catch {
    return new Error(`Le service a répondu ${response.status}. Réessayez dans un instant.`);
  }
}

/**
 * Saves an answer's body under the name its `content-disposition` gives (else `fallbackName`); reading the
 * whole body first, a file cut half-way rejects instead of saving a partial file. Returns the name.
 */
export async function saveResponse(response: Response, fallbackName: string): Promise<string> {
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** Fetches `href` with the token and saves it, telling `setStatus` how it went (in French). */
export async function downloadFile(href: string, token: string | undefined, setStatus: (status: string) => void): Promise<void> {
  setStatus('Préparation du fichier…');
  try {
    const response = await fetch(href, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) {
      setStatus((await responseError(response)).message);
      return;
    }
    setStatus(`Fichier ${await saveResponse(response, 'export')} téléchargé.`);
  } catch {
    setStatus('Le fichier n’a pas pu être produit.');
  }
}
