import { departmentOfCommune } from '@maillage/subgraph-kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
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

/** Whether a structure answers a query: it reaches the department (of a wanted sector, if any), or it is a partner. */
function answers(structure: Structure, query: CandidateQuery, department: string): boolean {
  if (query.collaboratorSirets.includes(structure.siret)) return true;
  if (!(structure.reachDepartmentCodes ?? []).includes(department)) return false;
  return query.sectors.length === 0 || structure.sectors.some((sector) => query.sectors.includes(sector));
}

/**
 * The structures that could deliver hours in a place: active, of a kind that can carry clause hours
 * (CCAG 2021 art. 16.1.1.1), reaching the department of the works (located there or serving it) or already
 * partners of the holder; of one of the sectors wanted when there are any. One statement for every query
 * of a request (GIN indexes on the arrays): the structures reaching any of their departments or partners of
 * any holder, then each query keeps its own, by name, at most MAX_CANDIDATES. The ranking is `matching.rank.ts`.
 */
export async function findCandidates(em: EntityManager, queries: readonly CandidateQuery[]): Promise<Structure[][]> {
  const departments = queries.map((query) => departmentOfCommune(query.worksCommuneCode));
  const sirets = [...new Set(queries.flatMap((query) => query.collaboratorSirets))];
  const reach: FilterQuery<Structure>[] = [{ reachDepartmentCodes: { $overlap: [...new Set(departments)] } }, ...(sirets.length > 0 ? [{ siret: { $in: sirets } }] : [])];
  const all = await em.find(Structure, { active: true, kind: { $in: [...CLAUSE_ELIGIBLE_KINDS] }, $or: reach }, { orderBy: { name: 'asc', id: 'asc' } });
  return queries.map((query, index) => all.filter((structure) => answers(structure, query, departments[index]!)).slice(0, MAX_CANDIDATES));
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
