import { BadUserInputError } from '@maillage/subgraph-kit';

/**
 * An entity key that carries what rebuilds the entity (a report's scope and period, an alert board's
 * request), so that `__resolveReference` can compute it again and check access again: JSON in base64url.
 */
export function encodeKey(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The value of an {@link encodeKey} key; a malformed one is a BAD_USER_INPUT with `message`, on `key`. */
export function decodeKey<T>(key: string, message: string): T {
  try {
    return JSON.parse(Buffer.from(key, 'base64url').toString('utf8')) as T;
  } catch {
    throw new BadUserInputError(message, 'key');
  }
}
