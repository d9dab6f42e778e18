import { BadUserInputError } from '@maillage/service-runtime';
import { communeCodeList, isKnownCommuneCode } from '@maillage/geography-codes';
import { INSEE_COMMUNE_CODE } from './codes';

/**
 * Input rules every subgraph needs. Each `require…` throws a BAD_USER_INPUT naming the field and the rule,
 * before anything is written or any SQL is sent.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An e-mail address, deliberately loose (one @, a dot in the domain, no spaces, RFC 5321 lengths):
 * deliverability is the owner's business.
 */
export const EMAIL_ADDRESS = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

/** True for a UUID as PostgreSQL's `uuid` type reads it: a forged key must match nothing, not fail a batch. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An id argument: a UUID (lower-cased), else a BAD_USER_INPUT rather than a database error. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new BadUserInputError(`${field} must be an id (a UUID)`, field);
  return value.toLowerCase();
}

/** Trims; refuses missing or blank text and text longer than `max` characters. */
export function requireText(value: string | null | undefined, field: string, max = 500): string {
  const text = value?.trim() ?? '';
  if (text.length === 0) throw new BadUserInputError(`${field} must not be blank`, field);
  if (text.length > max) throw new BadUserInputError(`${field} is at most ${max} characters`, field);
  return text;
}

/** Optional text: null, missing or blank becomes null. */
export function optionalText(value: string | null | undefined, field: string, max = 2000): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(value, field, max);
}

/** True for an e-mail address by {@link EMAIL_ADDRESS}. */
export function isEmailAddress(value: string): boolean {
  return EMAIL_ADDRESS.test(value);
}

/**
 * A commune code that exists: the format of {@link INSEE_COMMUNE_CODE}, then membership of the list the
 * `directory` subgraph publishes (`@maillage/geography-codes`, Code officiel géographique of INSEE, current
 * communes and municipal districts). Call it where a commune code is stored, after the subgraph's own format
 * check (whose message it keeps); an unknown code is a BAD_USER_INPUT in French naming the field.
 */
export function requireKnownCommune(value: string, field: string): string {
  if (!INSEE_COMMUNE_CODE.test(value)) {
    throw new BadUserInputError(`${field} : ${value} n’est pas un code commune INSEE (5 caractères, comme 69123, 2A004 ou 97411)`, field);
  }
  if (!isKnownCommuneCode(value)) {
    const { vintage } = communeCodeList();
    throw new BadUserInputError(`${field} : la commune ${value} n’existe pas dans le Code officiel géographique${vintage ? ` (millésime ${vintage})` : ''} ; indiquez le code INSEE d’une commune actuelle, pas un code postal`, field);
  }
  return value;
}
