/**
 * The form names are stored in and searched by: diacritics stripped (NFD), lower case, ligatures spelled
 * out, and anything that is not a letter or a digit (hyphens, apostrophes, parentheses) as one space.
 * "L'Abergement-Clémenciat" → "l abergement clemenciat". Computed in Node rather than with PostgreSQL's
 * `unaccent`, an extension some managed servers do not offer.
 */
export function normaliseSearchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A searched name in stored form, with the usual abbreviations spelled out ("st etienne" → "saint etienne"). */
export function normaliseNameQuery(value: string): string {
  return normaliseSearchText(value)
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}
