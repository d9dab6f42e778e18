import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client, type QueryResult, type QueryResultRow } from 'pg';
import type { GenerationResult } from './generate';
import { percentile } from './load';
import { scenarioData } from './run';
import { createRandom } from './prng';
import { SCENARIOS, timedPageSize } from './scenarios';

export interface FloorResult {
  scenario: string;
  p50: number;
  p95: number;
  note: string;
}

async function time(label: string, note: string, runs: number, work: (i: number) => Promise<void>): Promise<FloorResult> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { scenario: label, p50: percentile(samples, 50), p95: percentile(samples, 95), note };
}

/**
 * Sends each statement as a named prepared statement, parsed once per connection, as the subgraphs send a
 * statement they have seen before (`DB_PREPARED_STATEMENTS`, the default): the SQL alone sends its SQL no worse.
 * With `BENCH_DB_PREPARED_STATEMENTS=false` (the subgraphs then inline their values), unnamed.
 */
function preparedOn(client: Client) {
  const named = process.env.BENCH_DB_PREPARED_STATEMENTS !== 'false';
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    query: <R extends QueryResultRow = any>(text: string, values?: unknown[]): Promise<QueryResult<R>> =>
      client.query<R>(named ? { name: `floor_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text, values } : { text, values }),
  };
}

/** The same data read by hand-written SQL over `pg` (one connection per database, sequential): the SQL alone. */
export async function measureFloor(urls: Record<string, string>, generation: GenerationResult): Promise<FloorResult[]> {
  const data = scenarioData(generation);
  const random = createRandom(7);
  const clients = [urls.contracts, urls.directory, urls.beneficiaries].map((connectionString) => new Client({ connectionString }));
  await Promise.all(clients.map((client) => client.connect()));
  const [contracts, directory, beneficiaries] = clients.map(preparedOn) as [ReturnType<typeof preparedOn>, ReturnType<typeof preparedOn>, ReturnType<typeof preparedOn>];
  try {
    const results: FloorResult[] = [];
    // The best hand-written SQL reads the same roll-up as the subgraph, when there is one.
    const rollup = !generation.beneficiariesSkipped
      && (await beneficiaries.query<{ ok: boolean }>("SELECT to_regclass('contract_hours_rollup') IS NOT NULL AS ok")).rows[0]!.ok;
    const dashboard = SCENARIOS.find((s) => s.name === 'dashboard')!;
    results.push(await time('dashboard', 'contracts ⋈ buyer ⋈ holder and their count, then facilitators' + (generation.beneficiariesSkipped ? '' : ', then hours per contract'), 100, async () => {
      // The pages the dashboard scenario draws, each full.
      const { facilitatorId, status, after } = dashboard.variables(data, random, timedPageSize(dashboard)) as { facilitatorId: string; status: string[]; after: string | null };
      const cursor = after ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string]) : [];
      // A first page and a next page are two statements, as the subgraph sends them: one text with
      // `$3 IS NULL OR …` would get one generic plan for both, a poor one for either (at M, p95 20 ms).
      const page = await contracts.query(`SELECT c.id, c.reference, c.title, c.execution_start, c.execution_end, c.facilitator_id, b.name AS buyer, co.name AS holder,
        (SELECT coalesce(sum(ic.hours_target), 0) FROM lot l JOIN insertion_clause ic ON ic.lot_id = l.id WHERE l.contract_id = c.id) AS target
        FROM contract c JOIN buyer b ON b.id = c.buyer_id
        LEFT JOIN contract_party p ON p.contract_id = c.id AND p.lot_id IS NULL AND p.role = 'HOLDER' LEFT JOIN company co ON co.siret = p.company_siret
        WHERE c.facilitator_id = $1 AND c.status = ANY($2::contract_status[])${after ? ' AND (c.reference, c.id) > ($3, $4::uuid)' : ''}
        ORDER BY c.reference, c.id LIMIT 50`, [facilitatorId, status, ...cursor]);
      await contracts.query('SELECT count(*) FROM contract c WHERE c.facilitator_id = $1 AND c.status = ANY($2::contract_status[])', [facilitatorId, status]);
      const ids = page.rows.map((r: { id: string }) => r.id);
      await directory.query(`SELECT f.id, f.name, f.email, o.name FROM facilitator f JOIN facilitator_organisation o ON o.id = f.organisation_id
        WHERE f.id = ANY($1::uuid[])`, [[...new Set(page.rows.map((r: { facilitator_id: string }) => r.facilitator_id))]]);
      if (!generation.beneficiariesSkipped) {
        await beneficiaries.query(rollup
          ? `SELECT r.contract_id, sum(r.hours_worked + r.training_hours), max(r.month), (SELECT people FROM contract_people_rollup pe
               WHERE pe.contract_id = r.contract_id AND pe.dimension = 'total') FROM contract_hours_rollup r WHERE r.contract_id = ANY($1::uuid[]) GROUP BY r.contract_id`
          : `SELECT p.contract_id, sum(h.hours_worked + h.training_hours), count(DISTINCT p.beneficiary_id), max(h.month)
          FROM placement p JOIN hours_statement h ON h.placement_id = p.id AND h.is_current WHERE p.contract_id = ANY($1::uuid[]) GROUP BY p.contract_id`, [ids]);
      }
    }));
    results.push(await time('lookup', 'postal code → communes → coverage (commune, EPCI, department, region) → facilitators', 200, async () => {
      await directory.query(`SELECT pc.commune_code, c.name, cov.level, f.name, f.email, o.name FROM commune_postal_code pc JOIN commune c ON c.code = pc.commune_code
        JOIN facilitator_coverage cov ON cov.commune_code = c.code OR cov.epci_code = c.epci_code OR cov.department_code = c.department_code OR cov.region_code = c.region_code
        JOIN facilitator f ON f.id = cov.facilitator_id AND f.active JOIN facilitator_organisation o ON o.id = f.organisation_id
        WHERE pc.postal_code = $1`, [random.pick(data.postalCodes)]);
    }));
    if (!generation.beneficiariesSkipped) {
      // What the report scenario reads, drawn as it draws it: the buyer, its contracts (with or without the status
      // filter, in the API's order) with their hours target and their count, then their hours and people.
      const report = SCENARIOS.find((s) => s.name === 'report')!;
      results.push(await time('report', 'buyer, its contracts (hours target, count), hours by contract, modality and month', 100, async () => {
        const { buyerId, status } = report.variables(data, random, timedPageSize(report)) as { buyerId: string; status: string[] | null };
        await contracts.query('SELECT name, kind FROM buyer WHERE id = $1', [buyerId]);
        // With and without the status filter: two statements, as the subgraph sends them (see the dashboard's).
        const filter = status ? 'c.buyer_id = $1 AND c.status = ANY($2::contract_status[])' : 'c.buyer_id = $1';
        const values = status ? [buyerId, status] : [buyerId];
        const page = await contracts.query(`SELECT c.id, c.reference, c.status,
          (SELECT coalesce(sum(ic.hours_target), 0) FROM lot l JOIN insertion_clause ic ON ic.lot_id = l.id WHERE l.contract_id = c.id) AS target
          FROM contract c WHERE ${filter} ORDER BY c.reference, c.id LIMIT 50`, values);
        await contracts.query(`SELECT count(*) FROM contract c WHERE ${filter}`, values);
        const ids = page.rows.map((r: { id: string }) => r.id);
        await beneficiaries.query(rollup
          ? `SELECT r.contract_id, r.modality, r.month, sum(r.hours_worked), sum(r.training_hours) FROM contract_hours_rollup r WHERE r.contract_id = ANY($1::uuid[])
               GROUP BY GROUPING SETS ((r.contract_id), (r.contract_id, r.modality), (r.contract_id, r.month))`
          : `SELECT p.contract_id, p.modality, h.month, sum(h.hours_worked), sum(h.training_hours), count(DISTINCT p.beneficiary_id)
          FROM placement p JOIN hours_statement h ON h.placement_id = p.id AND h.is_current WHERE p.contract_id = ANY($1::uuid[])
          GROUP BY GROUPING SETS ((p.contract_id), (p.contract_id, p.modality), (p.contract_id, h.month))`, [ids]);
        if (rollup) await beneficiaries.query('SELECT contract_id, dimension, value, people FROM contract_people_rollup WHERE contract_id = ANY($1::uuid[])', [ids]);
      }));
    }
    return results;
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}
