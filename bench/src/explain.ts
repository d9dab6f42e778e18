import { CONTRACT_PROGRESS_SQL, CONTRACT_PROGRESS_WITHOUT_MONTHS_SQL } from '@maillage/subgraph-beneficiaries/dist/modules/aggregates/aggregates.rollup';
import { Client } from 'pg';
import type { GenerationResult } from './generate';

export interface ExplainResult {
  title: string;
  executionMs: number;
  /** Shared buffers hit + read by the whole plan (8 kB pages). */
  buffers: number;
  plan: string[];
}

/**
 * The very statements `Contract.insertionProgress` runs, their one `?` placeholder written `$1` for `pg`: without
 * the months when `byMonth` is not asked (the dashboard), with them otherwise (the detail, the report). The
 * module holding them imports nothing, so the bench loads no subgraph code with them.
 */
const DASHBOARD_SQL = CONTRACT_PROGRESS_WITHOUT_MONTHS_SQL.replace('?::uuid[]', '$1::uuid[]');
const ROLLUP_SQL = CONTRACT_PROGRESS_SQL.replace('?::uuid[]', '$1::uuid[]');

/** The statement the subgraph ran before the roll-up (every current statement of the contracts, each read). */
const COMPUTED_SQL = `SELECT p.contract_id::text AS key, p.modality, s.month,
       CASE WHEN GROUPING(p.modality) = 0 THEN 'modality' WHEN GROUPING(s.month) = 0 THEN 'month' ELSE 'total' END AS grouping,
       coalesce(sum(s.hours_worked + s.training_hours), 0::numeric(10,2))::text AS hours,
       coalesce(sum(s.training_hours), 0::numeric(10,2))::text AS training,
       (count(DISTINCT p.beneficiary_id) FILTER (WHERE s.id IS NOT NULL))::int AS people,
       count(DISTINCT p.beneficiary_id)::int AS placed_people, count(DISTINCT p.id)::int AS placements,
       max(s.month) AS last_month
  FROM placement p LEFT JOIN hours_statement s ON s.placement_id = p.id AND s.is_current
 WHERE p.contract_id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)
 GROUP BY GROUPING SETS ((p.contract_id), (p.contract_id, p.modality), (p.contract_id, s.month))`;

async function explain(client: Client, title: string, sql: string, params: unknown[]): Promise<ExplainResult> {
  // Twice: the first warms the cache, the second is the one a dashboard visit sees.
  await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const rows = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']);
  const executionMs = Number(/Execution Time: ([\d.]+)/.exec(rows.join('\n'))?.[1] ?? NaN);
  const top = rows.find((line) => line.trim().startsWith('Buffers:')) ?? '';
  const buffers = ['hit', 'read'].reduce((sum, kind) => sum + Number(new RegExp(`shared[^,]*?${kind}=(\\d+)`).exec(top)?.[1] ?? 0), 0);
  // The 50 ids written into the plan say nothing: lines are cut at 160 characters.
  return { title, executionMs, buffers, plan: rows.map((line) => (line.length > 160 ? `${line.slice(0, 157)}...` : line)) };
}

/**
 * `EXPLAIN (ANALYZE, BUFFERS)` of the dashboard's aggregate read for the 50 contracts of the busiest
 * facilitator: from the roll-up (what the subgraph runs) and, for comparison, computed from the statements.
 */
export async function explainDashboard(beneficiariesUrl: string, generation: GenerationResult): Promise<ExplainResult[]> {
  const facilitator = generation.model.facilitators[0]!.id;
  const ids = generation.model.contracts.filter((c) => c.facilitatorId === facilitator && c.status === 'IN_EXECUTION').slice(0, 50).map((c) => c.id);
  const client = new Client({ connectionString: beneficiariesUrl });
  await client.connect();
  try {
    const hasRollup = (await client.query<{ ok: boolean }>("SELECT to_regclass('contract_hours_rollup') IS NOT NULL AS ok")).rows[0]!.ok;
    const results: ExplainResult[] = [];
    if (hasRollup) {
      results.push(await explain(client, 'From the roll-up, without the months (what the dashboard\'s `insertionProgress` runs)', DASHBOARD_SQL, [`{${ids.join(',')}}`]));
      results.push(await explain(client, 'From the roll-up, with the months (`insertionProgress { byMonth }`: detail, report)', ROLLUP_SQL, [`{${ids.join(',')}}`]));
    }
    results.push(await explain(client, 'Computed from the statements (before the roll-up)', COMPUTED_SQL.replace('$2', '$1'), [JSON.stringify(ids)]));
    return results;
  } finally {
    await client.end();
  }
}

/**
 * `EXPLAIN (ANALYZE, BUFFERS)` of the dashboard's two contracts statements (the kit's `findPage`: the page, first
 * + 1 rows in (reference, id) order, and its count), for a facilitator of median portfolio, contracts in execution.
 */
export async function explainContractList(contractsUrl: string, generation: GenerationResult): Promise<ExplainResult[]> {
  const sizes = new Map<string, number>();
  for (const c of generation.model.contracts) sizes.set(c.facilitatorId, (sizes.get(c.facilitatorId) ?? 0) + 1);
  const byPortfolio = [...sizes].sort((a, b) => a[1] - b[1]);
  const [facilitator, contracts] = byPortfolio[Math.floor(byPortfolio.length / 2)]!;
  const client = new Client({ connectionString: contractsUrl });
  await client.connect();
  try {
    const where = "c0.facilitator_id = $1 AND c0.status IN ('IN_EXECUTION')";
    return [
      await explain(client, `A facilitator's contracts in execution, first page (${contracts} contracts in all)`, `SELECT c0.* FROM contract c0 WHERE ${where} ORDER BY c0.reference ASC, c0.id ASC LIMIT 51`, [facilitator]),
      await explain(client, 'Their count (`totalCount`)', `SELECT count(*) FROM contract c0 WHERE ${where}`, [facilitator]),
    ];
  } finally {
    await client.end();
  }
}
