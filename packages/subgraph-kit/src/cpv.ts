/**
 * CPV codes (Common Procurement Vocabulary, Regulation (EC) No 2195/2002 as amended by Commission Regulation
 * (EC) No 213/2008): eight digits — division (2), group, class, category, then three finer digits — and a
 * ninth, a check digit, written `45210000-2`.
 *
 * The check digit: each of the eight digits is multiplied by the weights 3, 7, 1, 3, 7, 1, 3, 7 (left to
 * right) and the check digit is the last digit of the sum. This is the rule the published 2008 codes follow
 * (e.g. 45000000-7 works, 45210000-2 building, 90910000-9 cleaning, 77310000-6 green areas, 55523100-3 school
 * meals, 03113100-7 sugar beet). The Commission's own documentation describes a "7-1-3" sequence that the
 * published list does not reproduce, and the Publications Office acknowledged that the 2008 revision left
 * codes whose check digit follows no rule (OP-TED/ePO, discussion #589, March 2024: "the check digit is rarely
 * used in public procurement"). Those published codes are accepted as listed in {@link CPV_PUBLISHED_EXCEPTIONS}.
 */

/** `45210000-2`; the hyphen may be omitted on input (`452100002`), spaces are ignored. */
export const CPV_CODE = /^\d{8}-\d$/;

const WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7] as const;

/**
 * Codes of the 2008 list whose published check digit does not follow the rule (seen in the list itself:
 * the group 033 and the class 3894 were renumbered in 2008 with the check digits of their former codes).
 */
export const CPV_PUBLISHED_EXCEPTIONS: ReadonlySet<string> = new Set([
  '03300000-2', '03310000-5', '03311000-2', '03311100-3',
  '38941000-7', '38942000-7', '38943000-7', '38944000-7', '38945000-7', '38946000-7', '38947000-7',
]);

/** The check digit of the first eight digits of a CPV code. */
export function cpvCheckDigit(eightDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(eightDigits[i]) * WEIGHTS[i]!;
  return sum % 10;
}

/** `45 21 0000 2` or `452100002` → `45210000-2`; anything that is not nine digits is returned trimmed, unchanged. */
export function normalizeCpv(value: string): string {
  const compact = value.replace(/[\s\u00a0]/g, '');
  return /^\d{9}$/.test(compact) ? `${compact.slice(0, 8)}-${compact[8]}` : compact;
}

/**
 * What is wrong with a CPV code, in French (for a BAD_USER_INPUT naming the field), or null when it is
 * valid: nine digits written `45210000-2`, whose last is the check digit.
 */
export function cpvProblem(value: string): string | null {
  const code = normalizeCpv(value);
  if (!CPV_CODE.test(code)) return 'un code CPV s’écrit avec 8 chiffres, un tiret et un chiffre de contrôle (ex. 45210000-2)';
  if (code.startsWith('00')) return 'un code CPV commence par une division de 03 à 98 (ex. 45 pour les travaux)';
  if (CPV_PUBLISHED_EXCEPTIONS.has(code)) return null;
  const expected = cpvCheckDigit(code);
  if (Number(code[9]) !== expected) return `le chiffre de contrôle du code CPV ne correspond pas (attendu : ${code.slice(0, 8)}-${expected})`;
  return null;
}

/** The division of a CPV code: its first two digits (`45` for construction work). */
export function cpvDivision(code: string): string {
  return code.slice(0, 2);
}
