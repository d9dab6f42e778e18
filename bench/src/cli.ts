import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from '@maillage/dev-stack';
import { measureFloor } from './floor';
import { generate } from './generate';
import { startHive, type HiveGateway } from './hive';
import { peakRss, postgresPeak } from './memory';
import { machine, writeReport, type BenchReport } from './report';
import { benchViewer, runScenarios, type ScenarioRun } from './run';
import { SCENARIOS } from './scenarios';
import { parseSize } from './sizes';
import { startBenchStack } from './stack';
import { countStatements } from './statements';

function notesFor(ours: ScenarioRun[], skipped: string | undefined): string[] {
  const timed = ours.filter((r) => r.runs.length > 0);
  const slowest = timed.sort((a, b) => b.runs[0]!.p50 - a.runs[0]!.p50)[0];
  const notes = [
    'Hive Gateway runs with no user-token verification and reuses each internal identity for 20 s; ours verifies the JWT (JWKS) and signs one identity per subgraph call.',
    'Annual report: the schema has no buyer-level report with profile breakdown and outcomes; the scenario reads the buyer\'s contracts with insertionProgress (hours, people, by modality and month). Profiles and outcomes need one beneficiaries(filter: { contractId }) per contract.',
  ];
  if (slowest) notes.unshift(`Slowest scenario at c=1: ${slowest.scenario} (p50 ${slowest.runs[0]!.p50.toFixed(0)} ms).`);
  if (skipped) notes.push(`Scenarios needing placements and hours were skipped: ${skipped}.`);
  return notes;
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      seed: { type: 'string', default: '20261124' },
      duration: { type: 'string', default: '8' },
      only: { type: 'string' },
      'generate-only': { type: 'boolean', default: false },
      'no-hive': { type: 'boolean', default: false },
    },
  });
  const size = parseSize(values.size);
  const seed = Number(values.seed);
  const duration = Number(values.duration);
  const only = values.only ? values.only.split(',') : [];
  const startedAt = new Date().toISOString();
  const host = machine();
  out(`Maillage benchmark — size ${size.name} (${size.label}), seed ${seed}; ${host.cpus} cores, load ${host.loadAverage[0]!.toFixed(1)}`);
  const bench = await startBenchStack(size.name, (m) => out(`  ${m}`));
  try {
    out('  generating data');
    const generation = await generate(size, seed, bench.stack.databaseUrls, (m) => out(`  ${m}`));
    out(`  generated in ${generation.seconds.toFixed(1)} s: ${generation.statements} hour statements`);
    for (const [name, bytes] of Object.entries(generation.bytes)) out(`    ${name.padEnd(14)} ${mb(bytes)} (${generation.rows[name] ?? 0} rows written)`);
    if (generation.beneficiariesSkipped) out(`  skipped: ${generation.beneficiariesSkipped}`);
    if (values['generate-only']) return;

    const viewer = benchViewer(generation);
    const token = await bench.stack.issuer.mint(viewer);
    const common = { token, generation, beneficiariesUrl: bench.stack.databaseUrls.beneficiaries!, duration, seed, out, only };
    out(`  scenarios, alternating our gateway and @graphql-hive/gateway (${duration} s per run; the batch sends 8/32/64 mutations)`);
    const metricsUrl = bench.stack.gatewayUrl.replace(/\/graphql$/, '/metrics');
    let hiveGateway: HiveGateway | undefined;
    let hiveSkipped: string | undefined = values['no-hive'] ? 'disabled with --no-hive' : undefined;
    if (!hiveSkipped) {
      try {
        hiveGateway = await startHive(bench.stack, viewer);
      } catch (error) {
        hiveSkipped = `Hive Gateway did not start: ${(error as Error).message}`;
        out(`  ${hiveSkipped}`);
      }
    }
    const ours: ScenarioRun[] = [];
    const hive: ScenarioRun[] = [];
    for (const scenario of SCENARIOS.map((x) => x.name).filter((name) => only.length === 0 || only.includes(name))) {
      out(`   ours (@apollo/gateway)`);
      ours.push(...(await runScenarios({ ...common, only: [scenario], url: bench.stack.gatewayUrl, metricsUrl })));
      if (hiveGateway) {
        out(`   @graphql-hive/gateway`);
        hive.push(...(await runScenarios({ ...common, only: [scenario], url: hiveGateway.url })));
      }
    }
    out('  SQL statements per subgraph operation (page 10 / 100)');
    const statements = await countStatements(bench.stack, viewer, generation);
    for (const s of statements) out(`    ${s.scenario.padEnd(9)} ${s.subgraph.padEnd(13)} ${s.page10} / ${s.page100}`);
    out('  the floor (hand-written SQL)');
    const floor = await measureFloor(bench.stack.databaseUrls, generation);
    for (const f of floor) out(`    ${f.scenario.padEnd(9)} p50 ${f.p50.toFixed(1)} ms  p95 ${f.p95.toFixed(1)} ms`);
    const memory: Record<string, number> = {};
    for (const service of bench.stack.services) memory[service.name] = peakRss(service.child.pid!);
    const pg = postgresPeak(join(ROOT_DIR, '.data/bench/postgres'));
    if (pg) {
      memory['postgres (postmaster)'] = pg.postmaster;
      memory[`postgres (largest of ${pg.backends} backends)`] = pg.largestBackend;
    }
    if (hiveGateway) {
      memory['hive gateway'] = hiveGateway.peakRss();
      await hiveGateway.stop();
    }
    memory['bench process (autocannon)'] = peakRss(process.pid);
    for (const [name, bytes] of Object.entries(memory)) out(`    ${name.padEnd(30)} ${mb(bytes)}`);
    const report: BenchReport = {
      size: size.name, label: size.label, seed, startedAt, machine: host,
      generation: { seconds: generation.seconds, rows: generation.rows, bytes: generation.bytes, statements: generation.statements, beneficiariesSkipped: generation.beneficiariesSkipped },
      ours, hive: hiveGateway ? hive : undefined, hiveSkipped, statements, floor, memory, notes: notesFor(ours, generation.beneficiariesSkipped),
    };
    const dir = join(ROOT_DIR, 'bench');
    writeReport(dir, report, readFileSync(join(dir, 'PREFACE.md'), 'utf8'));
    out(`  wrote bench/RESULTS.md and bench/results.json`);
  } finally {
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
