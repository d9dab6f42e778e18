import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ROME_CODE } from './families';
import { ROME_CODE_LIST_FILE, romeCodeList, type RomeCodeList, type RomeJob } from './index';

/**
 * The jobs of a CSV file of the referential, as France Travail publishes it on data.gouv.fr (« RefRomeCsv »:
 * `unix_referentiel_code_rome_v…_utf8.csv`, columns `code_rome` and `libelle_rome`) or any CSV with a
 * `code`/`code_rome` and a `libelle`/`libelle_rome`/`label` column; `,` or `;` separated, UTF-8.
 */
export function jobsOfCsv(text: string): RomeJob[] {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parse(text.replace(/^\uFEFF/, ''), { columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), delimiter, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const jobs = new Map<string, string>();
  for (const row of rows) {
    const code = (row.code_rome ?? row.code ?? '').trim().toUpperCase();
    const label = (row.libelle_rome ?? row.libelle ?? row.label ?? '').trim();
    if (ROME_CODE.test(code) && label) jobs.set(code, label);
  }
  if (jobs.size === 0) throw new Error('no ROME job found: the file needs a code_rome and a libelle_rome column');
  return [...jobs].map(([code, label]) => ({ code, label })).sort((a, b) => a.code.localeCompare(b.code));
}

/** The new list: the file's jobs under the kept prefixes (all of them when `kept` is empty). */
export function updatedList(previous: RomeCodeList, jobs: RomeJob[], date: string, version: string | null, kept: string[]): RomeCodeList {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('--date AAAA-MM-JJ: the date of the referential\'s version');
  const wanted = kept.length === 0 ? jobs : jobs.filter((job) => kept.some((prefix) => job.code.startsWith(prefix)));
  return { ...previous, date, version, kept, jobs: wanted };
}

/** `update <file.csv> --date AAAA-MM-JJ [--version 4.0] [--all | --keep A12,F,K22]`: rewrites data/rome.json. */
function main(argv: string[]): void {
  const file = argv.find((arg, index) => !arg.startsWith('--') && !argv[index - 1]?.startsWith('--'));
  const option = (name: string) => { const index = argv.indexOf(`--${name}`); return index >= 0 ? argv[index + 1] ?? null : null; };
  if (!file) throw new Error('usage: npm run -w @maillage/rome-codes update -- <file.csv> --date AAAA-MM-JJ [--version 4.0] [--all | --keep A12,F,K22]');
  const previous = romeCodeList();
  const kept = argv.includes('--all') ? [] : option('keep')?.split(',').map((prefix) => prefix.trim().toUpperCase()).filter(Boolean) ?? previous.kept;
  const next = updatedList(previous, jobsOfCsv(readFileSync(file, 'utf8')), option('date') ?? '', option('version') ?? previous.version, kept);
  const body = JSON.stringify({ ...next, jobs: [] }, null, 2).replace('"jobs": []', `"jobs": [\n${next.jobs.map((job) => `    ${JSON.stringify(job)}`).join(',\n')}\n  ]`);
  writeFileSync(`${ROME_CODE_LIST_FILE}.tmp`, `${body}\n`);
  renameSync(`${ROME_CODE_LIST_FILE}.tmp`, ROME_CODE_LIST_FILE);
  process.stdout.write(`data/rome.json: ${next.jobs.length} jobs (${kept.length === 0 ? 'whole referential' : kept.join(', ')}), version of ${next.date}\n`);
}

if (require.main === module) main(process.argv.slice(2));
