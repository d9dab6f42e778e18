import { readFileSync, writeFileSync } from 'node:fs';
import type { AccessRule } from './access-table';
import { ROLES, type Role } from './roles';

/** The markers around the generated table in a subgraph's README. */
export interface TableMarkers {
  start: string;
  end: string;
}

/** The markers of a subgraph whose table lives in `source` and is printed by `npm run access-table -w <workspace>`. */
export function tableMarkers(source: string, workspace: string): TableMarkers {
  return {
    start: `<!-- access-table:start (generated from ${source}: npm run access-table -w ${workspace}) -->`,
    end: '<!-- access-table:end -->',
  };
}

function cell(rule: AccessRule, role: Role): string {
  const read = (rule.read as Record<string, readonly string[] | undefined>)[role];
  const write = (rule.write as Record<string, readonly string[] | undefined>)[role];
  const parts = [read ? `R: ${read.join(' or ')}` : '', write ? `W: ${write.join(' or ')}` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : '—';
}

/** An access table as Markdown: one row per resource, one column per role (R = read, W = write), then notes. */
export function renderAccessTable(
  table: Readonly<Record<string, AccessRule>>,
  markers: TableMarkers,
  options: { roles?: readonly Role[]; notes?: readonly string[] } = {},
): string {
  const roles = options.roles ?? ROLES;
  const header = `| resource | tier | audited reads | ${roles.join(' | ')} |`;
  const separator = `|${' --- |'.repeat(roles.length + 3)}`;
  const rows = Object.entries(table).map(([resource, rule]) =>
    `| \`${resource}\` | ${rule.tier} | ${rule.audited ? 'yes' : 'no'} | ${roles.map((role) => cell(rule, role)).join(' | ')} |`);
  const notes = options.notes && options.notes.length > 0 ? ['', ...options.notes] : [];
  return [markers.start, header, separator, ...rows, ...notes, markers.end].join('\n');
}

/** `readme` with its generated section replaced by `rendered` (which starts and ends with the markers). */
export function replaceAccessTable(readme: string, rendered: string, markers: TableMarkers): string {
  const start = readme.indexOf(markers.start);
  const end = readme.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error('the README has no access-table section (markers missing)');
  return `${readme.slice(0, start)}${rendered}${readme.slice(end + markers.end.length)}`;
}

/** The section of `readme` between the markers, both included ('' when absent): what a test compares. */
export function accessTableSection(readme: string, markers: TableMarkers): string {
  const start = readme.indexOf(markers.start);
  const end = readme.indexOf(markers.end);
  return start < 0 || end < start ? '' : readme.slice(start, end + markers.end.length);
}

/** Rewrites the generated section of the README at `path` with `rendered` (a subgraph's `npm run access-table`). */
export function writeAccessTable(path: string, rendered: string, markers: TableMarkers): void {
  writeFileSync(path, replaceAccessTable(readFileSync(path, 'utf8'), rendered, markers));
  process.stdout.write(`updated ${path}\n`);
}
