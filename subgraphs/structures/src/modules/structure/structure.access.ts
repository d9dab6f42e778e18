import { ForbiddenError, UnauthenticatedError, type Viewer } from '@maillage/subgraph-kit';
import { departmentOfCommune } from '../references/department.reference';

/** Roles that may create, update and deactivate structures (facilitators within their territories). */
export const STRUCTURE_WRITERS = ['admin', 'facilitator'] as const;

/**
 * The structure directory is partner data: reads are for signed-in callers (DESIGN.md §4). Every read path
 * calls this — queries, `Company.insertionStructure` and `__resolveReference`, which field guards
 * (`@Authorized`) do not cover.
 */
export function assertMayReadStructures(viewer: Viewer): void {
  if (viewer.role === 'public') throw new UnauthenticatedError();
}

/**
 * Row-level write rule: an admin writes anywhere; a facilitator only for a structure located in one of
 * their territories (department codes, or commune codes for a narrower coverage). Called with the current
 * commune and, on a move, with the new one too.
 */
export function assertMayWriteStructureIn(viewer: Viewer, communeCode: string): void {
  if (viewer.role === 'admin') return;
  if (viewer.role === 'facilitator') {
    const territories = new Set(viewer.territories);
    if (territories.has(departmentOfCommune(communeCode)) || territories.has(communeCode)) return;
    throw new ForbiddenError(`a facilitator may only write structures located in their territories (commune ${communeCode} is outside)`);
  }
  if (viewer.role === 'public') throw new UnauthenticatedError();
  throw new ForbiddenError(`role ${viewer.role} may not write structures`);
}
