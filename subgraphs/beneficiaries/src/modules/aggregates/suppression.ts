import { MIN_PEOPLE_IN_AGGREGATE } from '../../access/access-table';

/** True when a figure covers some people, but too few to publish to roles that may not see individuals. */
export function tooFew(people: number): boolean {
  return people > 0 && people < MIN_PEOPLE_IN_AGGREGATE;
}

/**
 * Suppresses the cells of a breakdown that cover too few people, and — when exactly one cell would be
 * hidden — the next smallest too, so that it cannot be recovered as the total minus the others
 * (secondary suppression).
 */
export function suppressCells<T extends { people: number }>(cells: T[]): (T & { suppressed: boolean })[] {
  const hidden = new Set(cells.filter((cell) => tooFew(cell.people)));
  if (hidden.size === 1) {
    const next = cells.filter((cell) => !hidden.has(cell) && cell.people > 0).sort((a, b) => a.people - b.people)[0];
    if (next) hidden.add(next);
  }
  return cells.map((cell) => ({ ...cell, suppressed: hidden.has(cell) }));
}
