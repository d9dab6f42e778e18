import type { EntityManager } from '@mikro-orm/postgresql';
import type { Period } from './report.period';
import type { ResolvedScope } from './report.scope';

/** The register's figures of a scope over a period. */
export interface RegisterFigures {
  contractIds: string[];
  /** Each contract of `contractIds` and its sector (the main trade of its jobs, for the beneficiaries subgraph). */
  contractSectors: { contractId: string; sector: string }[];
  contracts: number;
  buyers: number;
  companies: number;
  hoursTarget: string;
}

/**
 * The register's figures in ONE statement: the scope's contracts with a clause (not drafts, not
 * cancelled); among them those whose execution overlaps the period (unknown dates overlap), their buyers,
 * their companies (every party role) and the sum of their clauses' hour targets.
 */
export async function registerFigures(em: EntityManager, scope: ResolvedScope, period: Period): Promise<RegisterFigures> {
  const [row] = await em.execute<{ contract_ids: string[]; contract_sectors: { contractId: string; sector: string }[]; contracts: number; buyers: number; companies: number; hours_target: string }[]>(
    `WITH scoped AS (
       SELECT c.id, c.sector, c.buyer_id, c.execution_start, c.execution_end
         FROM contract c JOIN buyer b ON b.id = c.buyer_id
        WHERE c.status NOT IN ('DRAFT', 'CANCELLED')
          AND EXISTS (SELECT 1 FROM lot l JOIN insertion_clause ic ON ic.lot_id = l.id WHERE l.contract_id = c.id)
          AND ${scope.where}),
     executing AS (
       SELECT * FROM scoped
        WHERE (execution_start IS NULL OR execution_start <= ?::date) AND (execution_end IS NULL OR execution_end >= ?::date))
     SELECT (SELECT coalesce(array_agg(id::text ORDER BY id), '{}') FROM scoped) AS contract_ids,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('contractId', id::text, 'sector', sector) ORDER BY id), '[]') FROM scoped) AS contract_sectors,
            (SELECT count(*) FROM executing)::int AS contracts,
            (SELECT count(DISTINCT buyer_id) FROM executing)::int AS buyers,
            (SELECT count(DISTINCT cp.company_siret) FROM contract_party cp JOIN executing e ON e.id = cp.contract_id)::int AS companies,
            (SELECT coalesce(sum(ic.hours_target), 0)::numeric(12,2)::text
               FROM insertion_clause ic JOIN lot l ON l.id = ic.lot_id JOIN executing e ON e.id = l.contract_id) AS hours_target`,
    [...scope.params, period.end, period.start],
  );
  return { contractIds: row!.contract_ids, contractSectors: row!.contract_sectors, contracts: row!.contracts, buyers: row!.buyers, companies: row!.companies, hoursTarget: row!.hours_target };
}
