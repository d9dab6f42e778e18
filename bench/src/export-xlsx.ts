import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { peakRss } from './memory';
import { startBenchStack } from './stack';

/**
 * `npm run bench:export [-- --rows 100000]`: an XLSX of N hour statements through the gateway
 * (`/files/beneficiaries/exports/statements.xlsx`), as an admin downloads it. Prints the time to the last
 * byte, the file's size and the beneficiaries subgraph's peak resident memory (VmHWM from /proc) before and
 * after: the export is streamed (exceljs' WorkbookWriter, keyset pages of rows), so the peak must not grow
 * with N. Its own databases (`bench_export_*`), dropped and recreated on each run. Never fails on time.
 */
const PEOPLE_MONTHS = 50;

function rowsArgument(): number {
  const index = process.argv.indexOf('--rows');
  const rows = index >= 0 ? Number(process.argv[index + 1]) : 100_000;
  if (!Number.isInteger(rows) || rows < PEOPLE_MONTHS) throw new Error('--rows: a whole number, at least 50');
  return rows;
}

/** N statements: N / 50 people in the Rhône, one placement each, 50 consecutive months of hours. */
async function fill(databaseUrl: string, rows: number): Promise<void> {
  const people = Math.ceil(rows / PEOPLE_MONTHS);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO beneficiary (id, first_name, last_name, birth_date, sex, residence_commune_code, department_code)
       SELECT md5('b' || i)::uuid, 'Prénom ' || i, 'Nom é' || i, date '1980-01-01' + i, CASE WHEN i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, '69266', '69'
         FROM generate_series(1, $1) i`, [people]);
    await client.query(
      `INSERT INTO insertion_path (id, beneficiary_id, started_on, status) SELECT md5('p' || i)::uuid, md5('b' || i)::uuid, date '2021-01-01', 'OPEN' FROM generate_series(1, $1) i`, [people]);
    await client.query(
      `INSERT INTO placement (id, beneficiary_id, path_id, contract_id, employer_siret, modality, employment_contract_type, start_date)
       SELECT md5('pl' || i)::uuid, md5('b' || i)::uuid, md5('p' || i)::uuid, '0b6f7c1e-0000-4000-8000-000000000101', '73282932000074', 'DIRECT_HIRE', 'CDDI', date '2021-01-01'
         FROM generate_series(1, $1) i`, [people]);
    await client.query(
      `INSERT INTO hours_statement (id, placement_id, month, version, hours_worked, training_hours, source, declared_by, declared_by_role, is_current)
       SELECT md5('s' || i || '-' || m)::uuid, md5('pl' || i)::uuid, to_char(date '2021-01-01' + make_interval(months => m), 'YYYY-MM'), 1,
              (100 + (i * 7 + m) % 50) + 0.25, 0, 'FACILITATOR', 'bench', 'facilitator', true
         FROM generate_series(1, $1) i, generate_series(0, $2 - 1) m
        WHERE (i - 1) * $2 + m < $3`, [people, PEOPLE_MONTHS, rows]);
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const rows = rowsArgument();
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const bench = await startBenchStack('EXPORT', log, { dedup: true });
  try {
    log(`filling ${rows} statements`);
    await fill(bench.stack.databaseUrls.beneficiaries!, rows);
    const subgraph = bench.stack.services.find((service) => service.name === 'beneficiaries')!;
    const before = peakRss(subgraph.child.pid!);
    const token = await bench.stack.issuer.mint({ role: 'admin', subject: 'bench-admin', territories: [] });
    const url = bench.stack.gatewayUrl.replace(/\/graphql$/, '') + '/files/beneficiaries/exports/statements.xlsx';
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`export answered ${response.status}: ${await response.text()}`);
    let bytes = 0;
    const reader = response.body!.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.length;
    const seconds = (performance.now() - started) / 1000;
    const after = peakRss(subgraph.child.pid!);
    const mib = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MiB`;
    log(`XLSX of ${rows} statements: ${seconds.toFixed(2)} s, ${mib(bytes)}; beneficiaries subgraph VmHWM ${mib(before)} before, ${mib(after)} after`);
  } finally {
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
