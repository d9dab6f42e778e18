import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { MAX_FOREIGN_CORES } from './cpu';
import type { ExplainResult } from './explain';
import type { FloorResult } from './floor';
import type { GenerationResult } from './generate';
import type { MeasuredRun, ScenarioRun } from './run';
import type { StatementCount } from './statements';

export interface BenchReport {
  size: string;
  label: string;
  seed: number;
  startedAt: string;
  /** The commit the hub ran from (`git rev-parse --short HEAD`), and whether its work tree had changes. */
  commit?: string;
  machine: { cpus: number; model: string; memoryGb: number; loadAverage: number[]; node: string };
  /** In-flight deduplication of identical subgraph requests, the same setting for both gateways. */
  dedup: boolean;
  /** `stackWarmupSeconds`: absent in the sections of runs before it existed. */
  method: { samples: number; maxSeconds: number; warmupSeconds: number; stackWarmupSeconds?: number; minSeconds?: number };
  generation: Pick<GenerationResult, 'seconds' | 'rows' | 'bytes' | 'statements' | 'beneficiariesSkipped'> & { comparison?: string[] };
  ours: ScenarioRun[];
  hive?: ScenarioRun[];
  hiveSkipped?: string;
  statements: StatementCount[];
  floor: FloorResult[];
  explain?: ExplainResult[];
  memory: Record<string, number>;
  notes: string[];
}

/** The concurrencies whose throughputs a goal compares, and so are measured again (`RunOptions.repeats`). */
export const REPEATED_CONCURRENCY = [16, 64];

/** A figure or a dash: a run with no completed request has no percentile (NaN, stored as null in JSON). */
const ms = (v: number | null | undefined) => (v === undefined || v === null || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const num = (v: number | null | undefined, digits = 1) => (v === undefined || v === null || Number.isNaN(v) ? '–' : v.toFixed(digits));
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a === undefined || a === null || b === undefined || b === null || Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '–' : (a / b).toFixed(2);
const mb = (bytes: number | null) => (bytes === null || Number.isNaN(bytes) ? '–' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

/** The commit the bench runs from, `+changes` when the work tree differs from it (unknown outside git). */
export function commitOf(dir: string): string | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: dir, encoding: 'utf8' })
      .split('\n').some((line) => line.trim() && !/bench\/(RESULTS\.md|results\.json)$/.test(line));
    return dirty ? `${head}+changes` : head;
  } catch {
    return undefined;
  }
}

export function machine(): BenchReport['machine'] {
  return { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1e9), loadAverage: loadavg(), node: process.version };
}

const refused = (r: MeasuredRun) => `refused: machine busy (other processes used ${num(r.foreignCores, 2)} cores during the run; load average before ${num(r.loadBefore)})`;

function latencyTable(runs: ScenarioRun[]): string[] {
  const lines = ['| scenario | c | p50 ms | p95 ms | p99 ms | req/s | completed | errors | timeouts | unfinished at end | load before |', '|---|---|---|---|---|---|---|---|---|---|---|'];
  for (const run of runs) {
    if (run.skipped) lines.push(`| ${run.scenario} | – | skipped: ${run.skipped} | | | | | | | | |`);
    for (const r of run.runs) {
      if (!r.accepted) lines.push(`| ${run.scenario} | ${r.concurrency} | ${refused(r)} | | | | | | | | ${num(r.loadBefore)} |`);
      else lines.push(`| ${run.scenario} | ${r.concurrency} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${num(r.throughput)} | ${r.requests} | ${r.errors} | ${r.timeouts} | ${r.unfinished} | ${num(r.loadBefore)} |`);
    }
  }
  return lines;
}

const PROCESSES = ['gateway', 'contracts', 'structures', 'beneficiaries', 'directory', 'postgres', 'load generator'];

function cpuTable(label: string, runs: ScenarioRun[]): string[] {
  const lines = [`| ${label}: scenario | c | ${PROCESSES.join(' | ')} | gateway share |`, `|---|---|${PROCESSES.map(() => '---|').join('')}---|`];
  for (const run of runs) {
    for (const r of run.runs.filter((x) => x.accepted)) {
      const share = gatewayShare(r);
      lines.push(`| ${run.scenario} | ${r.concurrency} | ${PROCESSES.map((p) => ms(r.cpuMsPerRequest[p])).join(' | ')} | ${share === undefined ? '–' : `${(share * 100).toFixed(0)} %`} |`);
    }
  }
  return lines;
}

function refusedCount(runs: ScenarioRun[] | undefined): number {
  return (runs ?? []).reduce((n, s) => n + s.runs.filter((r) => !r.accepted).length, 0);
}


const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const runAt = (runs: ScenarioRun[] | undefined, scenario: string, concurrency: number) =>
  runs?.find((r) => r.scenario === scenario)?.runs.find((x) => x.concurrency === concurrency && x.accepted);

/** Every accepted run's throughput at a concurrency: the sweep's, then the repeats'. */
const throughputsAt = (runs: ScenarioRun[] | undefined, scenario: string, concurrency: number) => {
  const entry = runs?.find((r) => r.scenario === scenario);
  return [...(entry?.runs ?? []), ...(entry?.repeats ?? [])].filter((x) => x.concurrency === concurrency && x.accepted).map((x) => x.throughput);
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * How likely runs at least as far below `higher` as `lower` are, if both were drawn from the same throughput:
 * the exact one-sided Mann–Whitney test. Its statistic counts the pairs (one run of each) where `lower`'s run is
 * the lower one (a tie counts half); every way of splitting the pooled runs into groups of these sizes is
 * equally likely under the hypothesis, and the probability is the share of splits whose count is at least the
 * one observed. With 3 runs against 3 it is 1/20 = 0.05 only when every run of `lower` is below every run of
 * `higher`; one pair the other way round makes it 0.10. No assumption on how the runs are distributed.
 * Reference: Mann & Whitney (1947), « On a test of whether one of two random variables is stochastically larger
 * than the other », Ann. Math. Statist. 18(1). Every split is tried: C(n + m, n) of them, 184,756 at 10 runs
 * against 10, which `--repeats` does not exceed (MAX_REPEATS).
 */
export function rankTestBelow(lower: readonly number[], higher: readonly number[]): number {
  const pooled = [...lower, ...higher];
  const n = lower.length;
  if (n === 0 || higher.length === 0) return NaN;
  const pairsBelow = (chosen: readonly boolean[]) => {
    let u = 0;
    pooled.forEach((x, i) => {
      if (!chosen[i]) return;
      pooled.forEach((y, j) => {
        if (chosen[j]) return;
        u += x < y ? 1 : x === y ? 0.5 : 0;
      });
    });
    return u;
  };
  const observed = pairsBelow(pooled.map((_, i) => i < n));
  let splits = 0;
  let asFar = 0;
  const chosen = pooled.map(() => false);
  const walk = (from: number, left: number) => {
    if (left === 0) {
      splits++;
      if (pairsBelow(chosen) >= observed - 1e-9) asFar++;
      return;
    }
    for (let i = from; i <= pooled.length - left; i++) {
      chosen[i] = true;
      walk(i + 1, left - 1);
      chosen[i] = false;
    }
  };
  walk(0, n);
  return asFar / splits;
}

/** At most this probability (5 %), a throughput that misses on the medians is beyond the spread of the runs. */
export const RANK_TEST_LEVEL = 0.05;

/** The smallest probability the rank test can give for groups of these sizes: 1 / C(n + m, n), every run apart. */
export function smallestRankTestP(n: number, m: number): number {
  let splits = 1;
  for (let i = 1; i <= n; i++) splits = (splits * (m + i)) / i;
  return 1 / splits;
}

/** What the runs say of a miss on the medians: beyond their spread or not, with the rank test's probability. */
function spreadOf(lower: readonly number[], higher: readonly number[]): string {
  if (lower.length < 2 || higher.length < 2) return '';
  const p = rankTestBelow(lower, higher);
  if (p <= RANK_TEST_LEVEL + 1e-9) return `; beyond the spread of the runs: one-sided rank test p = ${p.toFixed(2)}`;
  const best = smallestRankTestP(lower.length, higher.length);
  // With 2 runs against 2 the test cannot reach 0.05 whatever the runs: say so rather than « within the spread ».
  return best > RANK_TEST_LEVEL
    ? `; too few runs for the rank test to tell: p = ${p.toFixed(2)}, and ${best.toFixed(2)} at best with ${lower.length} against ${higher.length}`
    : `; within the spread of the runs: one-sided rank test p = ${p.toFixed(2)}`;
}

/** The rank test's p in a table (`lower` below `higher`), or « – » when a side has a single run. */
const pCell = (lower: readonly number[], higher: readonly number[]) => (lower.length > 1 && higher.length > 1 ? rankTestBelow(lower, higher).toFixed(2) : '–');

/**
 * The concurrencies of the repeated runs after a sweep, round by round, the order reversed each round: 64, 16,
 * then 16, 64, … With an even number of rounds a linear drift of the machine weighs on both alike. run.ts runs
 * them in this order; the report says it (`repeatOrder`).
 */
export function repeatRounds(rounds: number): number[][] {
  return Array.from({ length: rounds }, (_, i) => (i % 2 === 0 ? [...REPEATED_CONCURRENCY].reverse() : [...REPEATED_CONCURRENCY]));
}

/** The order of the repeated runs, as the report prints it: « 64, 16, then 16, 64, … ». */
export const repeatOrder = (rounds: number): string => repeatRounds(rounds).map((round) => round.join(', ')).join(', then ');

/** A gateway's throughput at c=16 and c=64, every run (the sweep's first), and their median: what the goals compare. */
function repeatedTable(runs: ScenarioRun[]): string[] {
  const lines = ['| scenario | c | req/s, each run (the sweep\'s first) | median | c=64 ÷ c=16 (medians) | rank test p (c=64 below c=16) |', '|---|---|---|---|---|---|'];
  for (const run of runs.filter((r) => r.repeats?.length)) {
    const throughputs = REPEATED_CONCURRENCY.map((c) => throughputsAt(runs, run.scenario, c));
    const medians = throughputs.map(median);
    const p = pCell(throughputs[1]!, throughputs[0]!);
    for (const [i, c] of REPEATED_CONCURRENCY.entries()) {
      const each = [...run.runs, ...run.repeats!].filter((x) => x.concurrency === c).map((x) => (x.accepted ? num(x.throughput) : 'refused'));
      const last = i === REPEATED_CONCURRENCY.length - 1;
      lines.push(`| ${run.scenario} | ${c} | ${each.join(', ')} | ${num(medians[i])} | ${last ? ratio(medians[1], medians[0]) : ''} | ${last ? p : ''} |`);
    }
  }
  return lines.length > 2 ? lines : [];
}

/** How many runs each gateway made at c=16 and c=64 (the sweep's and the repeats). */
const runCount = (runs: ScenarioRun[]) => Math.max(...runs.map((r) => (r.repeats?.length ?? 0) / REPEATED_CONCURRENCY.length + 1));

function repeatedSection(runs: ScenarioRun[], gateway: string, withPeer: boolean): string[] {
  const table = repeatedTable(runs);
  if (table.length === 0) return [];
  const count = runCount(runs);
  return ['', `### ${gateway}: throughput at c=16 and c=64, measured ${count} times each`, '',
    (withPeer
      ? `After each scenario's sweep, both gateways ran it ${count - 1} more time(s) at c=16 and c=64, interleaved (${repeatOrder(count - 1)}; ` +
        'the gateway going first alternating), each run as above. The goals « c=64 not below c=16 » and « ours ≥ Hive » compare the medians: '
      : `After each scenario's sweep, our gateway ran it ${count - 1} more time(s) at c=16 and c=64, interleaved (${repeatOrder(count - 1)}), ` +
        'each run as above (no peer gateway in this run). The goal « c=64 not below c=16 » compares the medians: ') +
    'on this machine one run against one run differs by more than the difference they would judge. The last column is the ' +
    'probability that c=64\'s runs would fall at least this far below c=16\'s if both concurrencies had the same throughput ' +
    `(exact one-sided Mann–Whitney rank test): a miss on the medians with p above ${RANK_TEST_LEVEL} is within the spread of the runs.`, '', ...table];
}

/** Ours ÷ Hive on the medians of every run at c=16 and c=64: what the goal « ours ≥ Hive » compares. */
function peerMedianTable(ours: ScenarioRun[], hive: ScenarioRun[]): string[] {
  const lines = ['| scenario | c | ours, median req/s | Hive, median req/s | ours ÷ Hive | rank test p (ours below Hive) |', '|---|---|---|---|---|---|'];
  for (const run of ours.filter((r) => !r.skipped)) {
    for (const c of REPEATED_CONCURRENCY) {
      const [o, h] = [throughputsAt(ours, run.scenario, c), throughputsAt(hive, run.scenario, c)];
      const p = pCell(o, h);
      if (o.length && h.length) lines.push(`| ${run.scenario} | ${c} | ${num(median(o))} (${o.length} runs) | ${num(median(h))} (${h.length} runs) | ${ratio(median(o), median(h))} | ${p} |`);
    }
  }
  return lines.length > 2 ? ['', '### Ours against Hive on the medians (what the goal compares)', '', ...lines] : [];
}

/** The gateway's CPU over the CPU of the gateway, the subgraphs and PostgreSQL (the load generator left out). */
function gatewayShare(r: MeasuredRun): number | undefined {
  const cpu = r.cpuMsPerRequest;
  const total = PROCESSES.filter((p) => p !== 'load generator').reduce((sum, p) => sum + (finite(cpu[p]) ? cpu[p] : 0), 0);
  return finite(cpu.gateway) && total > 0 ? cpu.gateway / total : undefined;
}

/**
 * Issue 21's goals, each judged from this size's figures (and, for L, S's from results.json): « met » only
 * when every figure it needs was measured on a quiet machine; what fails is listed with its figure.
 */
export function goalsTable(report: BenchReport, all: Record<string, BenchReport> = {}): string[] {
  const rows: [string, string[], 'met' | '**not met**' | 'not judged'][] = [];
  const scenarios = report.ours.filter((run) => !run.skipped).map((run) => run.scenario);
  const judge = (goal: string, check: (scenario: string) => string | null | undefined, only = scenarios) => {
    const failures: string[] = [];
    let unmeasured = false;
    for (const scenario of only) {
      const verdict = check(scenario);
      if (verdict === undefined) unmeasured = true;
      else if (verdict !== null) failures.push(verdict);
    }
    const verdict = failures.length > 0 ? '**not met**' : unmeasured ? 'not judged' : 'met';
    rows.push([goal, unmeasured ? [...failures, 'some figures not measured (refused or skipped runs)'] : failures, verdict]);
  };
  judge('No request lost at c=64 (errors + timeouts)', (scenario) => {
    const r = runAt(report.ours, scenario, 64);
    if (!r) return undefined;
    return r.errors + r.timeouts === 0 ? null : `${scenario}: ${r.errors} errors, ${r.timeouts} timeouts`;
  });
  judge('Throughput at c=64 not below c=16', (scenario) => {
    const [a, b] = [throughputsAt(report.ours, scenario, 16), throughputsAt(report.ours, scenario, 64)];
    if (a.length === 0 || b.length === 0) return undefined;
    const [at16, at64] = [median(a), median(b)];
    const of = a.length > 1 || b.length > 1 ? ` (medians of ${b.length} and ${a.length} runs${spreadOf(b, a)})` : '';
    return at64 >= at16 ? null : `${scenario}: ${num(at64)} < ${num(at16)} req/s${of}`;
  });
  if (report.hive) {
    judge('Ours ≥ Hive Gateway in throughput at c=16 and c=64', (scenario) => {
      const failures: string[] = [];
      for (const c of REPEATED_CONCURRENCY) {
        const [o, h] = [throughputsAt(report.ours, scenario, c), throughputsAt(report.hive, scenario, c)];
        if (o.length === 0 || h.length === 0) return undefined;
        const [ours, hive] = [median(o), median(h)];
        const of = o.length > 1 || h.length > 1 ? `, medians of ${o.length} and ${h.length} runs${spreadOf(o, h)}` : '';
        if (ours < hive) failures.push(`${scenario} c=${c}: ${num(ours)} vs ${num(hive)} req/s (${ratio(ours, hive)}${of})`);
      }
      return failures.length ? failures.join('; ') : null;
    });
  }
  judge('Dashboard and report p50 at c=1 within 3× the SQL alone', (scenario) => {
    const [r, floor] = [runAt(report.ours, scenario, 1), report.floor.find((f) => f.scenario === scenario)];
    if (!r || !floor || !finite(floor.p50) || !finite(r.p50)) return undefined;
    return r.p50 <= 3 * floor.p50 ? null : `${scenario}: ${ms(r.p50)} ms = ${(r.p50 / floor.p50).toFixed(1)}× ${ms(floor.p50)} ms`;
  }, scenarios.filter((s) => s === 'dashboard' || s === 'report'));
  if (report.size === 'L') {
    judge('Dashboard p95 at L within 2× S (c=1, 16, 64)', () => {
      const small = all.S;
      if (!small) return undefined;
      const failures: string[] = [];
      for (const c of [1, 16, 64]) {
        const [l, s] = [runAt(report.ours, 'dashboard', c), runAt(small.ours, 'dashboard', c)];
        if (!l || !s) return undefined;
        if (l.p95 > 2 * s.p95) failures.push(`c=${c}: ${ms(l.p95)} ms = ${(l.p95 / s.p95).toFixed(1)}× S's ${ms(s.p95)} ms`);
      }
      return failures.length ? failures.join('; ') : null;
    }, scenarios.filter((s) => s === 'dashboard'));
  }
  judge('Gateway CPU ≤ 25 % of the total, every run', (scenario) => {
    const runs = report.ours.find((r) => r.scenario === scenario)?.runs.filter((x) => x.accepted) ?? [];
    if (runs.length === 0) return undefined;
    const over = runs.map((r) => [r.concurrency, gatewayShare(r)] as const).filter(([, share]) => finite(share) && share! > 0.25);
    return over.length ? `${scenario}: ${over.map(([c, share]) => `${(share! * 100).toFixed(0)} % at c=${c}`).join(', ')}` : null;
  });
  return ['| goal | verdict | what misses it |', '|---|---|---|',
    ...rows.map(([goal, failures, verdict]) => `| ${goal} | ${verdict} | ${failures.join('; ') || '–'} |`)];
}

export function renderMarkdown(report: BenchReport, all: Record<string, BenchReport> = {}): string {
  const m = report.machine;
  const dedup = report.dedup ? 'ON for both gateways' : 'OFF for both gateways';
  const refusals = refusedCount(report.ours) + refusedCount(report.hive);
  const lines = [
    `# Maillage benchmark — size ${report.size}`, '',
    `${report.label}; seed ${report.seed}; run ${report.startedAt}${report.commit ? ` on commit ${report.commit}` : ''}; Node ${m.node}.`, '',
    `Machine: ${m.cpus} cores (${m.model}), ${m.memoryGb} GB, load average at start ${m.loadAverage.map((v) => v.toFixed(1)).join(' / ')}. ` +
      (report.method.stackWarmupSeconds ? `Before a scenario's first run, each gateway sends it for ${report.method.stackWarmupSeconds} s at c=16 (the batch: rounds for as long), discarded. ` : '') +
      (report.method.minSeconds !== undefined
        ? `Each run: a discarded warm-up of ${report.method.warmupSeconds} s, then, on the same clients (no drain between), a window that counts what completes in it, until ${report.method.samples} completed requests (in ${report.method.minSeconds} s at least) or ${report.method.maxSeconds} s; `
        : `Each run: a discarded warm-up of ${report.method.warmupSeconds} s, then ${report.method.samples} completed requests or ${report.method.maxSeconds} s, whichever comes first; `) +
      `requests still running at the end are counted (unfinished) and drained before the next run; the gateway that goes first alternates. ` +
      `A run during which processes outside the bench used more than ${MAX_FOREIGN_CORES} core is refused: its figures are not printed.`,
    ...(refusals > 0 ? ['', `**${refusals} run(s) refused because the machine was busy** (see the rows marked refused).`] : []), '',
    '## Goals of issue 21, judged from the figures below', '', ...goalsTable(report, all), '',
    '## Data', '',
    `Generated in ${report.generation.seconds.toFixed(1)} s (${report.generation.statements} hour statements), then VACUUM ANALYZE and CHECKPOINT.`, '',
    '| database | size | rows written |', '|---|---|---|',
    ...Object.entries(report.generation.bytes).map(([name, bytes]) => `| ${name} | ${mb(bytes)} | ${report.generation.rows[name] ?? 0} |`),
    ...(report.generation.comparison ? ['', ...report.generation.comparison] : []),
    ...(report.generation.beneficiariesSkipped ? ['', `Beneficiaries: not generated — ${report.generation.beneficiariesSkipped}.`] : []),
    '', `## Latency and throughput through our gateway (\`@apollo/gateway\`) — in-flight dedup ${dedup}`, '', ...latencyTable(report.ours),
    ...repeatedSection(report.ours, 'Ours', Boolean(report.hive)),
    '', `## Peer gateway: \`@graphql-hive/gateway\` over the same supergraph and subgraphs — in-flight dedup ${dedup}`, '',
  ];
  if (report.hive) {
    lines.push(...latencyTable(report.hive), '', '| scenario | c | p50 ours ÷ Hive | req/s ours ÷ Hive |', '|---|---|---|---|');
    for (const run of report.ours) {
      const peer = report.hive.find((h) => h.scenario === run.scenario);
      for (const r of run.runs) {
        const p = peer?.runs.find((x) => x.concurrency === r.concurrency);
        if (p && r.accepted && p.accepted) lines.push(`| ${run.scenario} | ${r.concurrency} | ${ratio(r.p50, p.p50)} | ${ratio(r.throughput, p.throughput)} |`);
      }
    }
    lines.push(...repeatedSection(report.hive, 'Hive', true), ...peerMedianTable(report.ours, report.hive));
  } else lines.push(`Not run: ${report.hiveSkipped ?? 'unknown reason'}.`);
  lines.push('', '## CPU per completed request (ms of CPU, from each process\'s own /proc accounting; PostgreSQL = postmaster + every backend)', '',
    `In-flight dedup ${dedup}. The gateway share is the gateway's CPU over the CPU of the gateway, the subgraphs and PostgreSQL.`, '',
    ...cpuTable('ours', report.ours), '', ...(report.hive ? cpuTable('Hive', report.hive) : []));
  lines.push('', '## SQL statements per subgraph operation (page size 10 vs 100)', '', '| scenario | subgraph | page 10 | page 100 |', '|---|---|---|---|',
    ...report.statements.map((s) => `| ${s.scenario} | ${s.subgraph} | ${s.page10} | ${s.page100} |`));
  lines.push('', '## SQL alone: the same data by hand-written SQL (sequential, one connection per database, named prepared statements, no HTTP, no GraphQL)', '', '| scenario | p50 ms | p95 ms | what |', '|---|---|---|---|',
    ...report.floor.map((f) => `| ${f.scenario} | ${ms(f.p50)} | ${ms(f.p95)} | ${f.note} |`));
  if (report.explain?.length) {
    lines.push('', '## The dashboard\'s reads: `EXPLAIN (ANALYZE, BUFFERS)` (the roll-up for 50 contracts; the contracts page and its count)', '');
    for (const e of report.explain) lines.push(`${e.title}: ${ms(e.executionMs)} ms, ${e.buffers} shared buffers.`, '', '```', ...e.plan, '```', '');
  }
  lines.push('', '## Peak memory (VmHWM)', '', '| process | peak RSS |', '|---|---|', ...Object.entries(report.memory).map(([k, v]) => `| ${k} | ${mb(v)} |`));
  lines.push('', '## Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

/** The reports kept in `results.json`, by size. Sections of the older bench (identical requests, no warm-up, no CPU
 * accounting, no load check) are dropped: their figures were not measured by a method this bench defends. */
function storedReports(dir: string): Record<string, BenchReport> {
  const file = join(dir, 'results.json');
  const previous = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, BenchReport>;
  return Object.fromEntries(Object.entries(previous).filter(([, r]) => r.method)) as Record<string, BenchReport>;
}

function writeMarkdown(dir: string, all: Record<string, BenchReport>, preface: string): void {
  const sections = ['S', 'M', 'L'].filter((size) => all[size]).map((size) => renderMarkdown(all[size]!, all));
  writeFileSync(join(dir, 'RESULTS.md'), [preface, ...sections].join('\n'));
}

/** `results.json` keeps the last report of each size; `RESULTS.md` renders them all, S first. */
export function writeReport(dir: string, report: BenchReport, preface: string): void {
  const all = storedReports(dir);
  all[report.size] = report;
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(all, null, 2)}\n`);
  writeMarkdown(dir, all, preface);
}

/**
 * `RESULTS.md` rendered again from `results.json` as it is (`--render`), after the report's own code changed: the
 * figures are the recorded ones, each section still names the run and the commit that measured them. Returns the
 * sizes rendered.
 */
export function renderStoredReports(dir: string, preface: string): string[] {
  const all = storedReports(dir);
  writeMarkdown(dir, all, preface);
  return ['S', 'M', 'L'].filter((size) => all[size]);
}
