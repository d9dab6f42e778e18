import { useRef } from 'react';

/**
 * One idempotency key per content sent: the same lines sent again (a double click, a retry after a network
 * error, a reload of the same draft) carry the same key, so the server replays its first answer instead of
 * declaring twice; other lines get a new key. Kept in the tab's session storage so that a retry after a
 * reload is still the same send. Two tabs declaring the same month meet the server's one-statement-per-month
 * rule instead (the second gets a conflict on the line).
 */
export function useIdempotencyKey(scope: string): (payload: unknown) => string {
  const memo = useRef(new Map<string, string>());
  return (payload: unknown) => {
    const content = `${scope}:${JSON.stringify(payload)}`;
    const storageKey = `maillage.idempotency.${hash(content)}`;
    let key = memo.current.get(content) ?? sessionStorage.getItem(storageKey) ?? undefined;
    if (!key) {
      key = `portail-${crypto.randomUUID()}`;
      sessionStorage.setItem(storageKey, key);
    }
    memo.current.set(content, key);
    return key;
  };
}

/** A short, non-cryptographic digest (FNV-1a) to name the stored key; the content itself is not stored. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}
