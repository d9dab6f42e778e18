import { resolveReference } from '@maillage/subgraph-kit';
import type { Context } from '../../context';
import { assertMayReadStructures } from './structure.access';
import type { Structure } from './structure.entity';

/** A federation representation of a structure: by either of its keys. */
export type StructureRepresentation = { id: string } | { siret: string };

/**
 * `__resolveReference` of `Structure`, always through the request's loaders. Federation calls it without
 * `@Authorized`, so the read rule is applied here.
 */
export function resolveStructureReference(ref: StructureRepresentation, ctx: Context): Promise<Structure | null> {
  return resolveReference(ref, ctx, {
    authorize: (context: Context) => assertMayReadStructures(context.viewer),
    load: (reference: StructureRepresentation, context: Context) =>
      'id' in reference ? context.loaders.structureById(reference.id) : context.loaders.structureBySiret(reference.siret),
  });
}
