import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '@maillage/dev-stack';
import { MAX_FOREIGN_CORES, type Accounted } from './cpu';
import { dashboardVariety } from './dashboard-pages';
import { explainContractList, explainDashboard } from './explain';
import { measureFloor } from './floor';
import { generate } from './generate';
import { startHive, type HiveGateway } from './hive';
import { peakRss, postgresPeak, postmasterPid } from './memory';
import { portalBundleLine } from './portal-size';
import { commitOf, machine, renderStoredReports, writeReport, type BenchReport } from './report';
import { BATCH_ROUND, benchViewer, runScenarios, scenarioData, type ScenarioRun, type Target } from './run';
import { parseBenchOptions, USAGE, UsageError } from './options';
import { nationalComparison } from './sizes';
import { benchDataDir, startBenchStack } from './stack';
import { countStatements } from './statements';

function notesFor(ours: ScenarioRun[], skipped: string | undefined, dedup: boolean, dashboard: string, duration: number): string[] {
  const timed = ours.filter((r) => r.runs.some((x) => x.accepted && Number.isFinite(x.p50)));
  const slowest = timed.sort((a, b) => b.runs[0]!.p50 - a.runs[0]!.p50)[0];
  const notes = [
    `In-flight deduplication is ${dedup ? 'on' : 'off'} for both gateways (ours: GATEWAY_SUBGRAPH_DEDUP, keyed with the internal identity; Hive: deduplicateInflightRequests via its fetch). Every request draws fresh variables (facilitator, filters, page; contract; postal code; buyer), so merges are rare either way, except where a size has few distinct requests to draw (the dashboard at S, below).`,
    `Dashboard: every request reads a full page of 50 contracts at every size, so that sizes compare the same work: a (facilitator, status filter) whose list fills a page, then any of its full pages (the first one, or the one after a contract that at least 50 others of the list follow). At this size ${dashboard}; where they are few (S: one facilitator's lists), identical requests in flight at once at c=16 and c=64 may be merged by either gateway. The SQL alone reads pages drawn the same way.`,
    'Hive Gateway runs with no user-token verification and reuses each internal identity for 20 s; ours verifies each user token once per token (cached until its exp) and reuses one internal identity per (viewer, subgraph) for 30 s.',
    process.env.BENCH_GATEWAY_APOLLO_SHORTCUTS === 'false'
      ? 'Our gateway ran with GATEWAY_APOLLO_SHORTCUTS=false: Apollo\'s own operation building and answer shaping for every request.'
      : 'Our gateway ran with its shortcuts on (GATEWAY_APOLLO_SHORTCUTS, the default): each operation built once per query text, each answer shaped from a plan made once per operation (same answers as Apollo\'s; see docs/operations.md, Sizing).',
    'Deadlines: ours cuts a subgraph read after 10 s (partial answer, SUBGRAPH_UNAVAILABLE) and a write after 60 s (GATEWAY_SUBGRAPH_MUTATION_TIMEOUT_MS: abandoning a write does not undo it); Hive Gateway runs with no subgraph deadline configured.',
    `The batch scenario is measured in rounds of ${BATCH_ROUND} mutations, each declaring 500 new lines: the same ${BATCH_ROUND} batches from the same empty pool at every concurrency (every client of the c=64 run sends one at once), a round lasting until its last answer. Between rounds the pool is emptied and vacuumed, outside the measured time and CPU; rounds follow each other until the run has lasted ${duration} s (at least two). Its percentiles and throughput cover every round.`,
    'Report: the scenario reads a buyer\'s contracts with their insertionProgress (hours, people, by modality and month), the figures of its annual report; the whole `insertionReport(scope: BUYER)` (issue 22: profiles, contract types, outcomes, previous year) is not in this bench.',
    'The bench\'s databases run with max_parallel_workers_per_gather = 0 and jit = off (2 cores), random_page_cost = 1.1 (data in memory, as the embedded PostgreSQL of npm start), and each subgraph with a pool of 4 connections.',
  ];
  if (slowest) notes.unshift(`Slowest scenario at c=1: ${slowest.scenario} (p50 ${slowest.runs[0]!.p50.toFixed(0)} ms).`);
  if (skipped) notes.push(`Scenarios needing placements and hours were skipped: ${skipped}.`);
  const bundle = portalBundleLine();
  if (bundle) notes.push(bundle);
  return notes;
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if ('render' in options) {
    const dir = join(ROOT_DIR, 'bench');
    const sizes = renderStoredReports(dir, readFileSync(join(dir, 'PREFACE.md'), 'utf8'));
    out(`wrote bench/RESULTS.md from bench/results.json (${sizes.join(', ') || 'no section'}); nothing was run`);
    return;
  }
  if (options.help) {
    out(USAGE);
    return;
  }
  const { size, seed, dedup, only, explore, concurrency, repeats } = options;
  const method = {
    samples: options.samples, maxSeconds: options.maxSeconds, minSeconds: options.minSeconds,
    warmupSeconds: options.warmupSeconds, stackWarmupSeconds: options.stackWarmupSeconds,
  };
  const startedAt = new Date().toISOString();
  const commit = commitOf(ROOT_DIR);
  const host = machine();
  out(`Maillage benchmark — size ${size.name} (${size.label}), seed ${seed}, commit ${commit ?? 'unknown'}; ${host.cpus} cores, Node ${host.node}, load ${host.loadAverage[0]!.toFixed(1)}; in-flight dedup ${dedup ? 'on' : 'off'} for both gateways`);
  out(`  ${portalBundleLine() ?? 'Portal: not built, no bundle size'}`);
  const bench = await startBenchStack(size.name, (m) => out(`  ${m}`), { dedup });
  try {
    out('  generating data');
    const generation = await generate(size, seed, bench.stack.databaseUrls, (m) => out(`  ${m}`));
    out(`  generated in ${generation.seconds.toFixed(1)} s (load, VACUUM ANALYZE, CHECKPOINT): ${generation.statements} hour statements`);
    for (const [name, bytes] of Object.entries(generation.bytes)) out(`    ${name.padEnd(14)} ${mb(bytes)} (${generation.rows[name] ?? 0} rows written)`);
    const comparison = generation.totals ? nationalComparison(size, generation.totals) : undefined;
    for (const line of comparison ?? []) if (line.startsWith('|') && !line.startsWith('|---')) out(`    ${line}`);
    if (generation.beneficiariesSkipped) out(`  skipped: ${generation.beneficiariesSkipped}`);
    const variety = dashboardVariety(scenarioData(generation).dashboardLists);
    out(`  ${variety[0]!.toUpperCase()}${variety.slice(1)}`);
    if (options.generateOnly) return;

    const viewer = benchViewer(generation);
    const token = await bench.stack.issuer.mint(viewer);
    const dataDir = benchDataDir();
    const postmaster = postmasterPid(dataDir) ?? undefined;
    const pids = Object.fromEntries(bench.stack.services.map((s) => [s.name, s.child.pid!]));
    let hiveGateway: HiveGateway | undefined;
    let hiveSkipped: string | undefined = options.noHive ? 'disabled with --no-hive' : undefined;
    if (!hiveSkipped) {
      try {
        hiveGateway = await startHive(bench.stack, viewer, { dedup });
      } catch (error) {
        hiveSkipped = `Hive Gateway did not start: ${(error as Error).message}`;
        out(`  ${hiveSkipped}`);
      }
    }
    const subgraphPids = Object.fromEntries(Object.entries(pids).filter(([name]) => name !== 'gateway'));
    const accounted = (gatewayPid: number | undefined): Accounted => ({
      processes: { ...(gatewayPid ? { gateway: gatewayPid } : {}), ...subgraphPids, 'load generator': process.pid }, postmaster,
    });
    const targets: Target[] = [{ name: 'ours', url: bench.stack.gatewayUrl, accounted: accounted(pids.gateway) }];
    if (hiveGateway) targets.push({ name: 'hive', url: hiveGateway.url, accounted: accounted(hiveGateway.pid) });
    out(`  scenarios: before each scenario's first run, ${method.stackWarmupSeconds} s of it through each gateway at c=16 (the batch: rounds), discarded; then ${method.samples} requests (in ${method.minSeconds} s at least) or ${method.maxSeconds} s per run after ${method.warmupSeconds} s of warm-up on the same clients; gateways alternate; each gateway ${repeats} time(s) in all at c=16 and c=64; runs with other processes above ${MAX_FOREIGN_CORES} core are refused (measured again up to twice, after up to ${options.settleSeconds} s of waiting for quiet)`);
    const results = await runScenarios({ targets, token, generation, beneficiariesUrl: bench.stack.databaseUrls.beneficiaries!, ...method, seed, out, only, explore,
      settleSeconds: options.settleSeconds, repeats, ...(concurrency ? { concurrency } : {}) });
    const ours = results.ours!;
    const hive = results.hive;
    out('  SQL statements per subgraph operation (page 10 / 100)');
    const statements = await countStatements(bench.stack, viewer, generation);
    for (const s of statements) out(`    ${s.scenario.padEnd(9)} ${s.subgraph.padEnd(13)} ${s.page10} / ${s.page100}`);
    out('  SQL alone (hand-written SQL, sequential, one connection per database, named prepared statements)');
    const floor = await measureFloor(bench.stack.databaseUrls, generation);
    for (const f of floor) out(`    ${f.scenario.padEnd(9)} p50 ${f.p50.toFixed(1)} ms  p95 ${f.p95.toFixed(1)} ms`);
    const explain = [
      ...(generation.beneficiariesSkipped ? [] : await explainDashboard(bench.stack.databaseUrls.beneficiaries!, generation)),
      ...(await explainContractList(bench.stack.databaseUrls.contracts!, generation)),
    ];
    for (const e of explain) {
      out(`    EXPLAIN ${e.title}: ${e.executionMs.toFixed(2)} ms, ${e.buffers} buffers`);
      // A look at a change is a look at its plan: --explore prints it (a recorded run puts it in RESULTS.md).
      if (explore) for (const line of e.plan) out(`      ${line}`);
    }
    const memory: Record<string, number> = {};
    for (const service of bench.stack.services) memory[service.name] = peakRss(service.child.pid!);
    const pg = postgresPeak(dataDir);
    if (pg) {
      memory['postgres (postmaster)'] = pg.postmaster;
      memory[`postgres (largest of ${pg.backends} backends)`] = pg.largestBackend;
    }
    if (hiveGateway) {
      memory['hive gateway'] = hiveGateway.peakRss();
      await hiveGateway.stop();
    }
    memory['bench process (load generator)'] = peakRss(process.pid);
    for (const [name, bytes] of Object.entries(memory)) out(`    ${name.padEnd(30)} ${mb(bytes)}`);
    const report: BenchReport = {
      size: size.name, label: size.label, seed, startedAt, commit, machine: host, dedup, method,
      generation: { seconds: generation.seconds, rows: generation.rows, bytes: generation.bytes, statements: generation.statements,
        beneficiariesSkipped: generation.beneficiariesSkipped, comparison },
      ours, hive, hiveSkipped, statements, floor, explain, memory, notes: notesFor(ours, generation.beneficiariesSkipped, dedup, variety, method.maxSeconds),
    };
    if (explore) {
      out('  --explore: nothing written (bench/RESULTS.md and bench/results.json are left as they are)');
      return;
    }
    const refused = [...ours, ...(hive ?? [])].flatMap((s) => s.runs).filter((r) => !r.accepted).length;
    const dir = join(ROOT_DIR, 'bench');
    writeReport(dir, report, readFileSync(join(dir, 'PREFACE.md'), 'utf8'));
    out(`  wrote bench/RESULTS.md and bench/results.json${refused ? ` — ${refused} run(s) REFUSED (machine busy): their figures are not printed` : ''}`);
  } finally {
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`bench: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
