import { Client } from 'pg';
import type { Viewer } from '@maillage/subgraph-kit';
import type { GenerationResult } from './generate';
import { monthString, monthIndex } from './generate/insert';
import { POOL_MONTHS } from './generate/beneficiaries';
import { postalCodesOf } from './geography';
import { createRandom } from './prng';
import { gatewayShare, scrape, type GatewayShare } from './metrics';
import { probe, runLoad, type LoadResult } from './load';
import { dashboardQuery, resetBatchCursor, SCENARIOS, timedPageSize, type Scenario, type ScenarioData } from './scenarios';
import { REFERENCE_MONTH } from './sizes';

export const CONCURRENCY = [1, 16, 64];
/** Requests of the batch scenario per concurrency (each declares 500 new lines). */
const BATCH_AMOUNT: Record<number, number> = { 1: 8, 16: 32, 64: 64 };

export interface ScenarioRun {
  scenario: string;
  title: string;
  skipped?: string;
  runs: LoadResult[];
  share?: GatewayShare;
}

export function scenarioData(generation: GenerationResult): ScenarioData {
  const { model } = generation;
  const facilitatorId = model.facilitators[0]!.id;
  const reference = monthIndex(REFERENCE_MONTH);
  return {
    facilitatorId,
    contractIds: model.contracts.filter((c) => c.facilitatorId === facilitatorId && c.status === 'IN_EXECUTION').map((c) => c.id),
    buyerIds: model.buyers.map((b) => b.id),
    postalCodes: postalCodesOf(model.communes),
    poolPlacements: generation.poolPlacements,
    poolMonths: Array.from({ length: POOL_MONTHS }, (_, i) => monthString(reference - POOL_MONTHS + 1 + i)),
  };
}

export function benchViewer(generation: GenerationResult): Viewer {
  const departments = [...new Set(generation.model.communes.map((c) => c.department))].sort();
  return { role: 'facilitator', subject: 'bench-facilitator', organisation: generation.model.organisations[0]!.id, territories: departments };
}

/** The query a scenario sends on this branch (the dashboard drops insertionProgress without beneficiaries). */
export function queryOf(scenario: Scenario, generation: GenerationResult): string {
  return scenario.name === 'dashboard' && generation.beneficiariesSkipped ? dashboardQuery(false) : scenario.query;
}

/** Removes what the batch scenario declared, so that every run declares the same fresh lines. */
export async function resetBatch(beneficiariesUrl: string, generation: GenerationResult): Promise<void> {
  resetBatchCursor();
  const client = new Client({ connectionString: beneficiariesUrl });
  await client.connect();
  await client.query('DELETE FROM hours_statement WHERE placement_id = ANY($1::uuid[])', [generation.poolPlacements]);
  await client.query('DELETE FROM hours_batch');
  await client.end();
}

export interface RunOptions {
  url: string;
  token: string;
  generation: GenerationResult;
  beneficiariesUrl: string;
  duration: number;
  seed: number;
  out: (line: string) => void;
  /** Only these scenarios (all when empty). */
  only?: string[];
  /** The gateway's Prometheus endpoint: the gateway's share is measured around the c=1 run. */
  metricsUrl?: string;
}

/** Every scenario at every concurrency through one gateway. */
export async function runScenarios(options: RunOptions): Promise<ScenarioRun[]> {
  const data = scenarioData(options.generation);
  const results: ScenarioRun[] = [];
  for (const scenario of SCENARIOS) {
    if (options.only?.length && !options.only.includes(scenario.name)) continue;
    if (scenario.needsBeneficiaries && options.generation.beneficiariesSkipped) {
      results.push({ scenario: scenario.name, title: scenario.title, skipped: options.generation.beneficiariesSkipped, runs: [] });
      continue;
    }
    const query = queryOf(scenario, options.generation);
    const pageSize = timedPageSize(scenario);
    if (scenario.mutation) await resetBatch(options.beneficiariesUrl, options.generation);
    const check = await probe(options.url, options.token, query, scenario.variables(data, createRandom(options.seed), scenario.mutation ? 1 : pageSize));
    if (!check.ok) {
      results.push({ scenario: scenario.name, title: scenario.title, skipped: `answers an error: ${check.detail}`, runs: [] });
      options.out(`    ${scenario.name}: skipped, ${check.detail}`);
      continue;
    }
    const runs: LoadResult[] = [];
    let share: GatewayShare | undefined;
    for (const concurrency of CONCURRENCY) {
      const before = concurrency === 1 && options.metricsUrl ? await scrape(options.metricsUrl) : undefined;
      if (scenario.mutation) await resetBatch(options.beneficiariesUrl, options.generation);
      const run = await runLoad({
        url: options.url, token: options.token, scenario, query, data, concurrency, pageSize, seed: options.seed + concurrency,
        ...(scenario.mutation ? { amount: BATCH_AMOUNT[concurrency] } : { duration: options.duration }),
      });
      runs.push(run);
      if (before) share = gatewayShare(before, await scrape(options.metricsUrl!), scenario.name[0]!.toUpperCase() + scenario.name.slice(1));
      options.out(`    ${scenario.name.padEnd(9)} c=${String(concurrency).padEnd(3)} p50 ${run.p50.toFixed(0)} ms  p95 ${run.p95.toFixed(0)} ms  p99 ${run.p99.toFixed(0)} ms  ${run.throughput.toFixed(1)} req/s  (${run.requests} req, ${run.errors} errors)`);
    }
    results.push({ scenario: scenario.name, title: scenario.title, runs, share });
  }
  return results;
}
