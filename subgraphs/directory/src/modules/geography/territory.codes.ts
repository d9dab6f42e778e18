import {
  BadUserInputError,
  DEPARTMENT_CODE,
  EPCI_CODE,
  INSEE_COMMUNE_CODE,
  NotFoundError,
  POSTAL_CODE,
  REGION_CODE,
} from '@maillage/subgraph-kit';

/** A kind of official code, with the format a client is told when it sends a malformed one. */
interface CodeFormat {
  pattern: RegExp;
  label: string;
  format: string;
}

export const COMMUNE_CODE_FORMAT: CodeFormat = {
  pattern: INSEE_COMMUNE_CODE,
  label: 'commune',
  format: 'an INSEE commune code: 5 characters such as 69123, 2A004 (Corsica) or 97411 (overseas), not a postal code',
};
export const DEPARTMENT_CODE_FORMAT: CodeFormat = {
  pattern: DEPARTMENT_CODE,
  label: 'department',
  format: 'a department code: 2 characters such as 69 or 2A, or 3 digits overseas such as 974',
};
export const REGION_CODE_FORMAT: CodeFormat = {
  pattern: REGION_CODE,
  label: 'region',
  format: 'a region code: 2 digits such as 84 or 04, or 3 digits for an overseas collectivity such as 975',
};
export const EPCI_CODE_FORMAT: CodeFormat = {
  pattern: EPCI_CODE,
  label: 'EPCI',
  format: 'an EPCI code: its SIREN, 9 digits such as 200046977',
};
export const POSTAL_CODE_FORMAT: CodeFormat = {
  pattern: POSTAL_CODE,
  label: 'postal code',
  format: 'a postal code: 5 digits such as 69003',
};

/** Trims and upper-cases (`2a004` → `2A004`), or throws BAD_USER_INPUT naming the field and the format. */
export function parseCode(value: string, kind: CodeFormat, field: string): string {
  const code = value.trim().toUpperCase();
  if (!kind.pattern.test(code)) throw new BadUserInputError(`${field} must be ${kind.format}`, field);
  return code;
}

/** The NOT_FOUND of a well-formed code that names no territory of the loaded geography. */
export function unknownTerritory(kind: CodeFormat, code: string, prefix = ''): NotFoundError {
  return new NotFoundError(`${prefix}no ${kind.label} has the code ${code} in the official geography`);
}

/** Resolves a look-up or throws NOT_FOUND saying the code does not exist. */
export async function found<T>(lookup: Promise<T | null>, kind: CodeFormat, code: string): Promise<T> {
  const result = await lookup;
  if (!result) throw unknownTerritory(kind, code);
  return result;
}
