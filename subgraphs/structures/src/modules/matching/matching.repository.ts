import { departmentOfCommune } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ActivitySector } from '../sector/activity-sector.enum';
import { CLAUSE_ELIGIBLE_KINDS } from '../structure/structure-kind.enum';
import { Structure } from '../structure/structure.entity';
import { StructureIntroduction } from './structure-introduction.entity';

/** At most this many candidates are ranked: a department holds a few dozen structures of a trade. */
const MAX_CANDIDATES = 500;

/** What a list of candidates is asked for: the sectors wanted, the department of the works, the holder's partners. */
export interface CandidateQuery {
  sectors: readonly ActivitySector[];
  worksCommuneCode: string;
  collaboratorSirets: readonly string[];
}

/**
 * The structures that could deliver hours in a place: active, of a kind that can carry clause hours
 * (CCAG 2021 art. 16.1.1.1), reaching the department of the works (located there or serving it) or already
 * partners of the holder; of one of the sectors wanted when there are any; by name, at most MAX_CANDIDATES.
 * One statement for every query of a request, each query with its own filter and limit (a lateral join; GIN
 * indexes on the arrays). The ranking is `matching.rank.ts`.
 */
export async function findCandidates(em: EntityManager, queries: readonly CandidateQuery[]): Promise<Structure[][]> {
  const rows = await em.execute<({ position: number } & Record<string, unknown>)[]>(
    `SELECT q.position, s.*
       FROM jsonb_to_recordset(?::jsonb) AS q(position int, department text, sectors text[], sirets text[])
      CROSS JOIN LATERAL (
        SELECT s.* FROM structure s
         WHERE s.active AND s.kind::text = ANY(?::text[])
           AND ((s.reach_department_codes @> ARRAY[q.department] AND (cardinality(q.sectors) = 0 OR s.sectors && q.sectors))
                OR s.siret = ANY(q.sirets))
         ORDER BY s.name, s.id LIMIT ${MAX_CANDIDATES}) s`,
    [JSON.stringify(queries.map((query, position) => ({
      position, department: departmentOfCommune(query.worksCommuneCode), sectors: query.sectors, sirets: query.collaboratorSirets,
    }))), `{${CLAUSE_ELIGIBLE_KINDS.join(',')}}`],
  );
  const found: Structure[][] = queries.map(() => []);
  for (const { position, ...row } of rows) found[position]!.push(em.map(Structure, row));
  return found;
}

/** The introductions of each contract of a request, the most recent first, with their structure (one statement). */
export async function introductionsOf(em: EntityManager, contractIds: readonly string[]): Promise<StructureIntroduction[][]> {
  const rows = await em.find(StructureIntroduction, { contractId: { $in: [...contractIds] } },
    { orderBy: { introducedOn: 'desc', createdAt: 'desc' }, populate: ['structure'] });
  return contractIds.map((contractId) => rows.filter((row) => row.contractId === contractId));
}

/** The latest introduction date of each structure among a contract's introductions (most recent first). */
export function latestIntroductionDates(introductions: readonly StructureIntroduction[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const introduction of introductions) if (!dates.has(introduction.structure.id)) dates.set(introduction.structure.id, introduction.introducedOn);
  return dates;
}

/** Per request: a list of contracts asking for their matching structures costs two statements, not two per contract. */
export function createMatchingLoaders(em: EntityManager) {
  return {
    candidates: new DataLoader<CandidateQuery, Structure[], string>((queries) => findCandidates(em, queries), {
      cacheKeyFn: (query) => JSON.stringify([[...query.sectors].sort(), query.worksCommuneCode, [...query.collaboratorSirets].sort()]),
    }),
    introductions: new DataLoader<string, StructureIntroduction[]>((contractIds) => introductionsOf(em, contractIds)),
  };
}
