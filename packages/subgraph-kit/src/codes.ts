/**
 * French official identifiers. They are strings, never numbers: leading zeros, Corsica's 2A/2B.
 * Sources: DOMAIN.md §1.4 (SIREN/SIRET), §1.5 (NAF), §1.6 (INSEE and postal codes).
 */

/** SIREN of La Poste, whose establishments follow a digit-sum rule instead of Luhn. */
const LA_POSTE_SIREN = '356000000';

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A SIREN: 9 digits with a valid Luhn key. */
export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnValid(value);
}

/**
 * A SIRET: 14 digits with a valid Luhn key; for La Poste (SIREN 356000000) a SIRET whose digits sum to a
 * multiple of 5 is also valid, because La Poste has more establishments than the Luhn scheme allows.
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (luhnValid(value)) return true;
  if (!value.startsWith(LA_POSTE_SIREN)) return false;
  const digitSum = [...value].reduce((sum, digit) => sum + Number(digit), 0);
  return digitSum % 5 === 0;
}

/** Why a SIRET is refused, in words a facilitator understands, or null when it is valid. */
export function siretProblem(value: string): string | null {
  if (!/^\d{14}$/.test(value)) return 'a SIRET is exactly 14 digits';
  if (!isValidSiret(value)) return 'this SIRET fails its check digit (Luhn key)';
  return null;
}

/** INSEE commune code: 5 characters, digits except Corsica (2A/2B) — e.g. 69123, 2A004, 97411. */
export const INSEE_COMMUNE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;
/** Department code: 01–95 with 2A/2B, or 971–989 overseas. */
export const DEPARTMENT_CODE = /^(?:0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB]|97[1-8]|98[4-9])$/;
/** Region code: 2 digits (01–06 overseas, 11–94 mainland), or 3 digits for overseas collectivities. */
export const REGION_CODE = /^(?:\d{2}|97[5-8]|98[4-9])$/;
/** French postal code: 5 digits. Not an INSEE code: never derive one from the other. */
export const POSTAL_CODE = /^\d{5}$/;
/** EPCI code: the EPCI's SIREN. */
export const EPCI_CODE = /^\d{9}$/;
/** NAF/APE code: 4 digits and a letter (`8899B`); the dotted display form `88.99B` is accepted by `normalizeNaf`. */
export const NAF_CODE = /^\d{4}[A-Z]$/;

/** `88.99b` → `8899B`; returns null when it is not a NAF code. */
export function normalizeNaf(value: string): string | null {
  const compact = value.replace('.', '').toUpperCase();
  return NAF_CODE.test(compact) ? compact : null;
}
