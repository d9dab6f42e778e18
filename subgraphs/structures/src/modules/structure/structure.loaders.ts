import { createEntityLoader, isUuid } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Structure } from './structure.entity';

/**
 * Per-request look-ups of structures by either key, one `IN (…)` statement per key and request whatever
 * the number of references. Keys that cannot exist (a malformed uuid, a SIRET that is not 14 digits) are
 * answered null without reaching PostgreSQL, which would refuse a malformed uuid.
 */
export function createStructureLoaders(em: EntityManager) {
  const byId = createEntityLoader(em, Structure, 'id');
  const bySiret = createEntityLoader(em, Structure, 'siret');
  return {
    structureById: (id: string): Promise<Structure | null> => (isUuid(id) ? byId.load(id.toLowerCase()) : Promise.resolve(null)),
    structureBySiret: (siret: string): Promise<Structure | null> =>
      /^\d{14}$/.test(siret) ? bySiret.load(siret) : Promise.resolve(null),
  };
}

export type StructureLoaders = ReturnType<typeof createStructureLoaders>;
