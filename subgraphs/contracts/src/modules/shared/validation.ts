import { BadUserInputError, INSEE_COMMUNE_CODE, isLocalDate, normalizeNaf, requireKnownCommune, siretProblem } from '@maillage/subgraph-kit';
import { fromScaled, toScaled } from './decimal';

/**
 * Input rules shared by the modules. Each throws a BAD_USER_INPUT naming the field and the rule, before
 * anything is written.
 */

export function requireSiret(value: string, field: string): string {
  const problem = siretProblem(value);
  if (problem) throw new BadUserInputError(`${field}: ${problem}`, field);
  return value;
}

export function requireCommuneCode(value: string, field: string): string {
  if (!INSEE_COMMUNE_CODE.test(value)) {
    throw new BadUserInputError(`${field} must be an INSEE commune code: 5 characters, such as 69123, 2A004 or 97411`, field);
  }
  return value;
}

/**
 * A commune code to store (a buyer's, a company's): the format, then existence in the list the directory
 * publishes (the kit's `requireKnownCommune`); a filter only needs the format.
 */
export function requireExistingCommune(value: string, field: string): string {
  return requireKnownCommune(requireCommuneCode(value, field), field);
}

/** Returns the compact form (`88.99b` → `8899B`). */
export function requireNaf(value: string, field: string): string {
  const naf = normalizeNaf(value);
  if (!naf) throw new BadUserInputError(`${field} must be a NAF code: 4 digits and a letter, such as 8899B`, field);
  return naf;
}

export function requireDate(value: string, field: string): string {
  if (!isLocalDate(value)) throw new BadUserInputError(`${field} must be a calendar day written YYYY-MM-DD`, field);
  return value;
}

/** The end of a period must come after its start (YYYY-MM-DD strings compare as dates); `field` is the one blamed. */
export function requirePeriod(start: string | null | undefined, end: string | null | undefined, field: string): void {
  if (start && end && end <= start) {
    throw new BadUserInputError(`${field}: the end date (${end}) must come after the start date (${start})`, field);
  }
}

/** An amount in euros: at least 0, at most 2 decimals, below `max` euros (the column's capacity). */
export function requireAmount(value: string, field: string, max = 999_999_999_999n): string {
  const cents = toScaled(value, 2, field);
  if (cents < 0n) throw new BadUserInputError(`${field} must be at least 0`, field);
  if (cents > max * 100n) throw new BadUserInputError(`${field} must be at most ${max} euros`, field);
  return fromScaled(cents, 2);
}

/** Text and id rules are the kit's, the same in every subgraph. */
export { optionalText, requireText, requireUuid } from '@maillage/subgraph-kit';
