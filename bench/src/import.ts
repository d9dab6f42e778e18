import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { peakRss } from './memory';
import { startBenchStack } from './stack';

/**
 * `npm run bench:import`: previews a generated 20,000-line statements file (issue #17) through the real
 * gateway and prints the time and the beneficiaries subgraph's peak memory (VmHWM, reset just before the
 * upload through /proc/<pid>/clear_refs). Prints only: figures from a loaded machine are not committed.
 */
const out = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Resets the process's peak RSS (Linux ≥ 4.0), so that VmHWM is the peak of what follows. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** 20,000 lines over the demo placements and their months (a real mix: accepted, duplicates, out of range). */
function generateCsv(placements: { id: string; start: string }[], lines: number): Buffer {
  const rows = ['Référence de la mise en emploi;Initiales;Emploi;Mois;Heures travaillées;Heures de formation;Remarques'];
  for (let index = 0; index < lines; index += 1) {
    const placement = placements[index % placements.length]!;
    const year = 2025 + Math.floor((index / placements.length) % 2);
    const month = `${year}-${String(1 + (Math.floor(index / placements.length / 2) % 12)).padStart(2, '0')}`;
    rows.push(`${placement.id};A. B.;CDD — DIRECT_HIRE;${month};${(20 + (index % 120)).toString()},${String(index % 100).padStart(2, '0')};${index % 7 === 0 ? '3,5' : ''};Import de test ${index % 13}`);
  }
  return Buffer.from(rows.join('\r\n'), 'utf8');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { lines: { type: 'string', default: '20000' }, runs: { type: 'string', default: '3' } } });
  const lines = Number(values.lines);
  const bench = await startBenchStack('import', (message) => out(`  ${message}`), { dedup: true });
  try {
    const db = new Client({ connectionString: bench.stack.databaseUrls.beneficiaries });
    await db.connect();
    const placements = (await db.query<{ id: string; start: string }>('SELECT id, start_date::text AS start FROM placement ORDER BY id')).rows;
    await db.end();
    const file = generateCsv(placements, lines);
    out(`Statements import bench: ${lines} lines over ${placements.length} demo placements, CSV ${mb(file.length)}`);
    const token = await bench.stack.issuer.mint({ role: 'admin', subject: 'bench-import', territories: [] });
    const url = bench.stack.gatewayUrl.replace(/\/graphql$/, '') + '/files/beneficiaries/releves/apercu';
    const pid = bench.stack.services.find((service) => service.name === 'beneficiaries')!.child.pid!;
    out(`  beneficiaries subgraph (pid ${pid}) peak RSS before the runs: ${mb(peakRss(pid))}`);
    for (let run = 1; run <= Number(values.runs); run += 1) {
      const reset = resetPeak(pid);
      const started = process.hrtime.bigint();
      const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: new Uint8Array(file) });
      const body = (await response.json()) as { accepted?: unknown[]; corrections?: unknown[]; unchanged?: unknown[]; refused?: unknown[]; errors?: unknown[] };
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (!response.ok) throw new Error(`preview failed: ${response.status} ${JSON.stringify(body.errors)}`);
      out(`  run ${run}: ${seconds.toFixed(2)} s; accepted ${body.accepted!.length}, corrections ${body.corrections!.length}, refused ${body.refused!.length}; ` +
        `subgraph peak RSS ${reset ? 'during the preview' : 'since start (clear_refs refused)'}: ${mb(peakRss(pid))}`);
    }
  } finally {
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
