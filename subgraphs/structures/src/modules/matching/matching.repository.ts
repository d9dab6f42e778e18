import { departmentOfCommune } from '@maillage/subgraph-kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { ActivitySector } from '../sector/activity-sector.enum';
import { CLAUSE_ELIGIBLE_KINDS } from '../structure/structure-kind.enum';
import { Structure } from '../structure/structure.entity';
import { StructureIntroduction } from './structure-introduction.entity';

/** At most this many candidates are ranked: a department holds a few dozen structures of a trade. */
const MAX_CANDIDATES = 500;

/**
 * The structures that could deliver hours in a place: active, of a kind that can carry clause hours
 * (CCAG 2021 art. 16.1.1.1), reaching the department of the works (located there or serving it) or already
 * partners of the holder; of one of the sectors wanted when there are any. One statement (GIN indexes on
 * the arrays); the ranking is `matching.rank.ts`.
 */
export function findCandidates(em: EntityManager, sectors: readonly ActivitySector[], worksCommuneCode: string, collaboratorSirets: readonly string[]): Promise<Structure[]> {
  const place: FilterQuery<Structure> = { reachDepartmentCodes: { $contains: [departmentOfCommune(worksCommuneCode)] } };
  const partners: FilterQuery<Structure>[] = collaboratorSirets.length > 0 ? [{ siret: { $in: [...collaboratorSirets] } }] : [];
  const trade: FilterQuery<Structure> = sectors.length > 0 ? { $and: [place, { sectors: { $overlap: [...sectors] } }] } : place;
  return em.find(Structure, { active: true, kind: { $in: [...CLAUSE_ELIGIBLE_KINDS] }, $or: [trade, ...partners] }, { limit: MAX_CANDIDATES, orderBy: { name: 'asc', id: 'asc' } });
}

/** The latest introduction date of each structure for a contract (one statement). */
export async function introductionDates(em: EntityManager, contractId: string): Promise<Map<string, string>> {
  const rows = await em.find(StructureIntroduction, { contractId }, { orderBy: { introducedOn: 'asc' } });
  return new Map(rows.map((row) => [row.structure.id, row.introducedOn]));
}
