import { ConflictError, findPage, isUuid, NotFoundError, type Connection, type PageArgs } from '@maillage/subgraph-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Structure } from './structure.entity';
import { structureWhere, type StructureFilter } from './structure.filter';
import type { StructureChanges } from './structure.validation';

function duplicateSiret(siret: string): ConflictError {
  return new ConflictError(`a structure with SIRET ${siret} already exists`, { field: 'siret' });
}

/** Domain queries and writes of the structure directory. */
export class StructureRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page of structures by name, filtered; two statements whatever the page size. */
  list(filter: StructureFilter | undefined, page: PageArgs): Promise<Connection<Structure>> {
    return findPage(this.em, Structure, structureWhere(filter), { orderBy: [['name', 'asc'], ['id', 'asc']], ...page });
  }

  async getForWrite(id: string): Promise<Structure> {
    const structure = isUuid(id) ? await this.em.findOne(Structure, { id }) : null;
    if (!structure) throw new NotFoundError(`no structure with id ${id}`);
    return structure;
  }

  /** Inserts a structure; a SIRET already in the directory is a CONFLICT, also when two writes race. */
  async create(changes: StructureChanges & Pick<Structure, 'siret' | 'name' | 'kind' | 'communeCode'>): Promise<Structure> {
    await this.assertSiretFree(changes.siret);
    const structure = this.em.create(Structure, changes);
    await this.flushOrConflict(changes.siret);
    return structure;
  }

  /** Applies validated changes; a new SIRET must be free. */
  async update(structure: Structure, changes: StructureChanges): Promise<Structure> {
    if (changes.siret !== undefined && changes.siret !== structure.siret) await this.assertSiretFree(changes.siret, structure.id);
    this.em.assign(structure, changes);
    await this.flushOrConflict(structure.siret);
    return structure;
  }

  /** Never a delete: placements and contracts keep referring to the structure. */
  async deactivate(structure: Structure): Promise<Structure> {
    if (!structure.active) return structure;
    this.em.assign(structure, { active: false, deactivatedAt: new Date() });
    await this.em.flush();
    return structure;
  }

  private async assertSiretFree(siret: string, exceptId?: string): Promise<void> {
    const existing = await this.em.findOne(Structure, { siret }, { fields: ['id'] });
    if (existing && existing.id !== exceptId) throw duplicateSiret(siret);
  }

  private async flushOrConflict(siret: string): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      // The check above loses a race with a concurrent insert of the same SIRET: the unique index decides.
      if (error instanceof UniqueConstraintViolationException) {
        this.em.clear();
        throw duplicateSiret(siret);
      }
      throw error;
    }
  }
}
