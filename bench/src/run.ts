import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { Viewer } from '@maillage/subgraph-kit';
import type { GenerationResult } from './generate';
import { monthString, monthIndex } from './generate/insert';
import { POOL_MONTHS } from './generate/beneficiaries';
import { postalCodesOf } from './geography';
import { createRandom } from './prng';
import { cpuDelta, cpuSnapshot, foreignCores, loadBefore, machineBusySeconds, MAX_FOREIGN_CORES, type Accounted, type CpuSnapshot } from './cpu';
import { probe, runWindow, summarise, type LoadResult, type Window } from './load';
import { dashboardLists, listedContracts } from './dashboard-pages';
import { dashboardQuery, resetBatchCursor, SCENARIOS, timedPageSize, type Scenario, type ScenarioData } from './scenarios';
import { REFERENCE_MONTH } from './sizes';
import { REPEATED_CONCURRENCY, repeatRounds } from './report';

export const CONCURRENCY = [1, 16, 64];
/**
 * The batch is measured in rounds. Each round sends the same 64 batches (each declares 500 new lines) at every
 * concurrency, from the same empty pool: a batch costs more as the pool's people gather statements (the
 * roll-up triggers read a person's other statements on the contract), so rounds of different lengths would
 * compare different work. Between rounds the pool is emptied and vacuumed (`resetBatch`), outside the measured
 * time and CPU. Rounds follow each other until the run has lasted `--duration` seconds (at least
 * `BATCH_MIN_ROUNDS`): one round of 64 requests lasts about 8 s, and a few percent between two such runs
 * were within the spread of one run (issue 21: ≥ 500 samples or 30 s).
 */
export const BATCH_ROUND = 64;
const BATCH_MIN_ROUNDS = 2;
const BATCH_MAX_ROUNDS = 12;

/** One measured run, with what the machine and each process did meanwhile. */
export interface MeasuredRun extends LoadResult {
  /** 1-minute load average just before the run. */
  loadBefore: number;
  /** Cores used by processes outside the bench during the run. */
  foreignCores: number;
  /** False when the machine was busy: the report prints the reason instead of the figures. */
  accepted: boolean;
  /** CPU milliseconds per completed request, by process (gateway, each subgraph, postgres, load generator). */
  cpuMsPerRequest: Record<string, number>;
  /** The batch: how many rounds of `BATCH_ROUND` requests the run took. */
  rounds?: number;
}

export interface ScenarioRun {
  scenario: string;
  title: string;
  skipped?: string;
  runs: MeasuredRun[];
  /**
   * More runs at c=16 and c=64 (every gateway), interleaved after the sweep: the goals « c=64 not below c=16 »
   * and « ours ≥ Hive » are judged on the median of every run at each (one run each, with this machine's
   * spread, is a coin toss).
   */
  repeats?: MeasuredRun[];
}

/** Computed once per generation: at size L it walks 392,000 contracts, and several steps of a run ask for it. */
const scenarioDataCache = new WeakMap<GenerationResult, ScenarioData>();

export function scenarioData(generation: GenerationResult): ScenarioData {
  const cached = scenarioDataCache.get(generation);
  if (cached) return cached;
  const { model } = generation;
  const reference = monthIndex(REFERENCE_MONTH);
  const executing = model.contracts.filter((c) => c.status === 'IN_EXECUTION' || c.status === 'CLOSED');
  const data: ScenarioData = {
    dashboardLists: dashboardLists(listedContracts(model), timedPageSize({ name: 'dashboard' })),
    contractIds: executing.map((c) => c.id),
    buyerIds: model.buyers.map((b) => b.id),
    postalCodes: postalCodesOf(model.communes),
    poolPlacements: generation.poolPlacements,
    poolMonths: Array.from({ length: POOL_MONTHS }, (_, i) => monthString(reference - POOL_MONTHS + 1 + i)),
  };
  scenarioDataCache.set(generation, data);
  return data;
}

export function benchViewer(generation: GenerationResult): Viewer {
  const departments = [...new Set(generation.model.communes.map((c) => c.department))].sort();
  return { role: 'facilitator', subject: 'bench-facilitator', organisation: generation.model.organisations[0]!.id, territories: departments };
}

/** The query a scenario sends on this branch (the dashboard drops insertionProgress without beneficiaries). */
export function queryOf(scenario: Scenario, generation: GenerationResult): string {
  return scenario.name === 'dashboard' && generation.beneficiariesSkipped ? dashboardQuery(false) : scenario.query;
}

/**
 * Removes what the batch scenario declared, so that every run declares the same fresh lines, then vacuums
 * what the removal left: each run starts from the same clean tables, and none pays (in its time or in
 * PostgreSQL's CPU, which counts every backend, autovacuum's included) for cleaning up after the run before it.
 * Without it, whichever gateway went second at a concurrency was about 10 % faster on the batch (size S).
 */
export async function resetBatch(beneficiariesUrl: string, generation: GenerationResult): Promise<void> {
  resetBatchCursor();
  const client = new Client({ connectionString: beneficiariesUrl });
  await client.connect();
  try {
    await client.query('DELETE FROM hours_statement WHERE placement_id = ANY($1::uuid[])', [generation.poolPlacements]);
    await client.query('DELETE FROM hours_batch');
    await client.query('VACUUM (ANALYZE) hours_statement, hours_batch, contract_hours_rollup, contract_people_rollup, contract_hours_total');
  } finally {
    await client.end();
  }
}

/** A gateway under test and the processes whose CPU a request costs through it. */
export interface Target {
  name: 'ours' | 'hive';
  url: string;
  accounted: Accounted;
}

export interface RunOptions {
  targets: Target[];
  token: string;
  generation: GenerationResult;
  beneficiariesUrl: string;
  samples: number;
  maxSeconds: number;
  /** A timed run lasts at least this long, whatever its samples (`--min-duration`). */
  minSeconds?: number;
  warmupSeconds: number;
  seed: number;
  out: (line: string) => void;
  only: string[];
  /** Exploratory run (`--explore`): no wait for a quiet machine, CPU per request printed for every run. */
  explore?: boolean;
  /** Concurrencies to run (`--explore` only; a reported run measures CONCURRENCY). */
  concurrency?: number[];
  /** How long to wait for a quiet machine before a run (s), and to retry a refused run (`--settle`). */
  settleSeconds?: number;
  /** Seconds of discarded load through each gateway before a scenario's first run (`--stack-warmup`, `warmUp`). */
  stackWarmupSeconds?: number;
  /** Runs of each gateway at each of c=16 and c=64 in all (`--repeats`; 1: the sweep's only). */
  repeats?: number;
}

/** A refused run is measured again (after waiting for quiet) at most this many times. */
const REFUSED_RETRIES = 2;

/**
 * Waits (up to `seconds`, 30 by default) for the machine to be quiet before a run: others' builds come and go.
 * Quiet is three seconds in a row with others under the limit.
 */
async function settle(accounted: Accounted, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  let quiet = 0;
  while (Date.now() < deadline) {
    const busy = machineBusySeconds();
    const ours = cpuSnapshot(accounted);
    await sleep(1000);
    quiet = foreignCores(busy, machineBusySeconds(), cpuDelta(ours, cpuSnapshot(accounted)), 1) <= MAX_FOREIGN_CORES ? quiet + 1 : 0;
    if (quiet >= 3) return;
  }
}

async function measure(target: Target, options: RunOptions, scenario: Scenario, data: ScenarioData, concurrency: number): Promise<MeasuredRun> {
  if (!options.explore) await settle(target.accounted, options.settleSeconds);
  const load = loadBefore();
  const windows: Window[] = [];
  let used: CpuSnapshot = {};
  let foreignSeconds = 0;
  let seconds = 0;
  do {
    if (scenario.mutation) await resetBatch(options.beneficiariesUrl, options.generation);
    let busyBefore = 0;
    let before: CpuSnapshot = {};
    let started = 0;
    let delta: CpuSnapshot = {};
    let elapsed = 0;
    let foreign = 0;
    const window = await runWindow({
      url: target.url, token: options.token, scenario, query: queryOf(scenario, options.generation), data, concurrency,
      pageSize: timedPageSize(scenario), seed: options.seed + concurrency + windows.length * 1000, samples: options.samples,
      maxSeconds: options.maxSeconds, minSeconds: options.minSeconds, warmupSeconds: options.warmupSeconds,
      ...(scenario.mutation ? { amount: BATCH_ROUND } : {}),
      onMeasureStart: () => {
        busyBefore = machineBusySeconds();
        before = cpuSnapshot(target.accounted);
        started = performance.now();
      },
      // The CPU of the window itself: taken when it closes, before the requests still running are drained (in
      // steady state, the work done in the window on requests it does not count balances the work done before
      // it on requests it counts). Until 3 December 2026 it was taken after the drain, which added up to c
      // requests' work to the window's CPU without adding them to its count.
      onMeasureEnd: () => {
        delta = cpuDelta(before, cpuSnapshot(target.accounted));
        elapsed = (performance.now() - started) / 1000;
        foreign = foreignCores(busyBefore, machineBusySeconds(), delta, elapsed);
      },
    });
    foreignSeconds += foreign * elapsed;
    seconds += elapsed;
    used = Object.fromEntries(Object.keys(delta).map((name) => [name, (used[name] ?? 0) + delta[name]!]));
    windows.push(window);
  } while (scenario.mutation && windows.length < BATCH_MAX_ROUNDS && (windows.length < BATCH_MIN_ROUNDS || seconds < options.maxSeconds));
  const run = summarise(concurrency, windows);
  const foreign = seconds > 0 ? foreignSeconds / seconds : 0;
  const perRequest = (cpu: CpuSnapshot) => Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, run.requests > 0 ? (v * 1000) / run.requests : NaN]));
  return { ...run, ...(scenario.mutation ? { rounds: windows.length } : {}), loadBefore: load, foreignCores: foreign,
    accepted: foreign <= MAX_FOREIGN_CORES, cpuMsPerRequest: perRequest(used) };
}

/** One run, measured again (up to REFUSED_RETRIES times) if the machine was busy, and its line printed. */
async function measureAndPrint(target: Target, options: RunOptions, scenario: Scenario, data: ScenarioData, concurrency: number, label = ''): Promise<MeasuredRun> {
  const head = `    ${scenario.name.padEnd(9)} ${target.name.padEnd(4)} c=${String(concurrency).padEnd(3)}`;
  let run = await measure(target, options, scenario, data, concurrency);
  // A run the neighbours disturbed is measured again once they are gone (the refusal is printed).
  for (let retry = 0; !run.accepted && !options.explore && retry < REFUSED_RETRIES; retry++) {
    options.out(`${head} refused (others ${run.foreignCores.toFixed(2)} cores): measured again`);
    run = await measure(target, options, scenario, data, concurrency);
  }
  options.out(`${head} p50 ${run.p50.toFixed(0)} ms  p95 ${run.p95.toFixed(0)} ms  ` +
    `${run.throughput.toFixed(1)} req/s  (${run.rounds ? `${run.rounds} rounds, ` : ''}${run.requests} ok, ${run.errors} errors, ${run.timeouts} timeouts, ${run.unfinished} unfinished; ` +
    `load ${run.loadBefore.toFixed(1)}, others ${run.foreignCores.toFixed(2)} cores${run.accepted ? '' : ' — REFUSED: machine busy'})${label}`);
  if (run.firstError) options.out(`      first error: ${run.firstError}`);
  if (options.explore) {
    options.out(`      CPU ms per request: ${Object.entries(run.cpuMsPerRequest).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}`);
  }
  return run;
}

/** Concurrency of the warm-up before a scenario's first run (`warmUp`). */
const WARM_UP_CONCURRENCY = 16;

/**
 * Before a scenario's first run, each gateway sends it at c=16, discarded (`--stack-warmup` seconds; 0: none):
 * every process on its path (gateway, subgraphs, PostgreSQL's backends of each pool) has then run it many times,
 * with many different variables. A run's own warm-up (a few seconds at its concurrency) was too short for that:
 * at size L, the dashboard's first run after the data were generated (c=1) had a p95 two to four times that of
 * the same run once warm. The batch sends rounds for as long, each from the emptied pool (`resetBatch`): at S
 * its first run was 10–20 % slower than the five after it, each measured from the same emptied pool (issue 21,
 * twelfth session).
 */
async function warmUp(live: Target[], options: RunOptions, scenario: Scenario, data: ScenarioData): Promise<void> {
  const seconds = options.stackWarmupSeconds ?? 0;
  if (seconds <= 0) return;
  for (const target of live) {
    const deadline = Date.now() + seconds * 1000;
    do {
      if (scenario.mutation) await resetBatch(options.beneficiariesUrl, options.generation);
      await runWindow({
        url: target.url, token: options.token, scenario, query: queryOf(scenario, options.generation), data, concurrency: WARM_UP_CONCURRENCY,
        pageSize: timedPageSize(scenario), seed: options.seed - 1, samples: Number.MAX_SAFE_INTEGER, maxSeconds: seconds, warmupSeconds: 0,
        ...(scenario.mutation ? { amount: BATCH_ROUND } : {}),
      });
    } while (scenario.mutation && Date.now() < deadline);
  }
}

/**
 * Every scenario at every concurrency, through each gateway in turn; which gateway goes first alternates
 * from one run to the next, so that neither always inherits a warm (or a loaded) machine.
 */
export async function runScenarios(options: RunOptions): Promise<Record<string, ScenarioRun[]>> {
  const data = scenarioData(options.generation);
  const results: Record<string, ScenarioRun[]> = Object.fromEntries(options.targets.map((t) => [t.name, []]));
  let turn = 0;
  for (const scenario of SCENARIOS) {
    if (options.only.length && !options.only.includes(scenario.name)) continue;
    const entries = Object.fromEntries(options.targets.map((t) => [t.name, { scenario: scenario.name, title: scenario.title, runs: [] as MeasuredRun[] } as ScenarioRun]));
    options.targets.forEach((t) => results[t.name]!.push(entries[t.name]!));
    if (scenario.needsBeneficiaries && options.generation.beneficiariesSkipped) {
      for (const entry of Object.values(entries)) entry.skipped = options.generation.beneficiariesSkipped;
      continue;
    }
    const live: Target[] = [];
    for (const target of options.targets) {
      if (scenario.mutation) await resetBatch(options.beneficiariesUrl, options.generation);
      const check = await probe(target.url, options.token, queryOf(scenario, options.generation),
        scenario.variables(data, createRandom(options.seed), scenario.mutation ? 1 : timedPageSize(scenario)));
      if (check.ok) live.push(target);
      else {
        entries[target.name]!.skipped = `answers an error: ${check.detail}`;
        options.out(`    ${scenario.name} (${target.name}): skipped, ${check.detail}`);
      }
    }
    await warmUp(live, options, scenario, data);
    // Which gateway goes first alternates from one run to the next.
    const inTurn = () => (turn++ % 2 === 0 ? live : [...live].reverse());
    for (const concurrency of options.concurrency ?? CONCURRENCY) {
      for (const target of inTurn()) entries[target.name]!.runs.push(await measureAndPrint(target, options, scenario, data, concurrency));
      for (const t of live) entries[t.name]!.runs.sort((a, b) => a.concurrency - b.concurrency);
    }
    const swept = options.concurrency ?? CONCURRENCY;
    if ((options.repeats ?? 1) > 1 && REPEATED_CONCURRENCY.every((c) => swept.includes(c))) {
      for (const target of live) entries[target.name]!.repeats = [];
      // Interleaved, the order reversed each round (repeatRounds); at each, both gateways, the one going first
      // alternating as in the sweep.
      for (const [index, round] of repeatRounds(options.repeats! - 1).entries()) {
        for (const concurrency of round) {
          for (const target of inTurn()) {
            entries[target.name]!.repeats!.push(await measureAndPrint(target, options, scenario, data, concurrency, ` (again, ${index + 2} of ${options.repeats})`));
          }
        }
      }
    }
  }
  return results;
}
