import { BadUserInputError } from '@maillage/subgraph-kit';
import type { FilterQuery } from '@mikro-orm/core';
import type { Commune } from './commune.entity';
import { normaliseNameQuery } from './search-text';

const POSTAL_CODE_PREFIX = /^\d{2,5}$/;

/**
 * The filter of `communes(search)`: digits are the start of a postal code (through the postal-code join
 * table, as an EXISTS so a commune with several matching codes comes once); anything else is the start of
 * the normalised name. Both are prefix searches served by btree indexes in "C" collation.
 */
export function communeSearchFilter(search: string): FilterQuery<Commune> {
  const trimmed = search.trim();
  if (/^\d+$/.test(trimmed)) {
    if (!POSTAL_CODE_PREFIX.test(trimmed)) {
      throw new BadUserInputError('search by postal code takes 2 to 5 digits, the start of a postal code such as 69003', 'search');
    }
    return { postalCodeLinks: { $some: { postalCode: { $like: `${trimmed}%` } } } };
  }
  const name = normaliseNameQuery(trimmed);
  if (name.length < 2) {
    throw new BadUserInputError('search needs at least 2 letters of a commune name, or 2 to 5 digits of a postal code', 'search');
  }
  // The normalised form holds only [a-z0-9 ], so it carries no LIKE wildcard.
  return { searchName: { $like: `${name}%` } };
}
