import { ACCESS_TABLE, MIN_PEOPLE_IN_AGGREGATE, SUPPRESSED_ROLES, TABLE_ROLES, type AccessRule, type Resource } from './access-table';

export const TABLE_START = '<!-- access-table:start (generated from src/access/access-table.ts: npm run access-table -w @maillage/subgraph-beneficiaries) -->';
export const TABLE_END = '<!-- access-table:end -->';

function cell(rule: AccessRule, role: (typeof TABLE_ROLES)[number]): string {
  const read = (rule.read as Record<string, readonly string[] | undefined>)[role];
  const write = (rule.write as Record<string, readonly string[] | undefined>)[role];
  const parts = [read ? `R: ${read.join(' or ')}` : '', write ? `W: ${write.join(' or ')}` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : '—';
}

/** The access table as Markdown: one row per resource, one column per role (R = read, W = write). */
export function renderAccessTable(): string {
  const header = `| resource | tier | audited reads | ${TABLE_ROLES.join(' | ')} |`;
  const separator = `|${' --- |'.repeat(TABLE_ROLES.length + 3)}`;
  const rows = (Object.entries(ACCESS_TABLE) as [Resource, AccessRule][]).map(([resource, rule]) =>
    `| \`${resource}\` | ${rule.tier} | ${rule.audited ? 'yes' : 'no'} | ${TABLE_ROLES.map((role) => cell(rule, role)).join(' | ')} |`);
  const note = `Aggregates covering 1 to ${MIN_PEOPLE_IN_AGGREGATE - 1} people are suppressed for: ${SUPPRESSED_ROLES.join(', ')}.`;
  return [TABLE_START, header, separator, ...rows, '', note, TABLE_END].join('\n');
}

/** `readme` with its generated section replaced by the current table. */
export function withAccessTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('the README has no access-table section (markers missing)');
  return `${readme.slice(0, start)}${renderAccessTable()}${readme.slice(end + TABLE_END.length)}`;
}
