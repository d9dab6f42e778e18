import { renderAccessTable as renderTable, replaceAccessTable, tableMarkers } from '@maillage/subgraph-kit';
import { ACCESS_TABLE, MIN_PEOPLE_IN_AGGREGATE, SUPPRESSED_ROLES, TABLE_ROLES } from './access-table';

export const accessTableMarkers = tableMarkers('src/access/access-table.ts', '@maillage/subgraph-beneficiaries');
export const TABLE_START = accessTableMarkers.start;
export const TABLE_END = accessTableMarkers.end;

/** The access table as Markdown: one row per resource, one column per role (R = read, W = write). */
export function renderAccessTable(): string {
  const note = `Aggregates covering 1 to ${MIN_PEOPLE_IN_AGGREGATE - 1} people are suppressed for: ${SUPPRESSED_ROLES.join(', ')}.`;
  return renderTable(ACCESS_TABLE, accessTableMarkers, { roles: TABLE_ROLES, notes: [note] });
}

/** `readme` with its generated section replaced by the current table. */
export function withAccessTable(readme: string): string {
  return replaceAccessTable(readme, renderAccessTable(), accessTableMarkers);
}

