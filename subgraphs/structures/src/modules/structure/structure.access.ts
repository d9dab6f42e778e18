import { coversCommune, createAccessControl, ForbiddenError, rolesGranted, type Viewer } from '@maillage/subgraph-kit';
import { ACCESS_TABLE, type Condition, type Resource } from '../../access/access-table';

/** What the `territory` condition looks at: the structure's commune. */
export interface StructureSubject {
  communeCode: string;
}

/** The guards of the structure directory, from its access table (`src/access/access-table.ts`). */
export const structuresAccess = createAccessControl<Resource, Condition, StructureSubject>(
  ACCESS_TABLE,
  { territory: (viewer, subject) => coversCommune(viewer, subject.communeCode) },
  { forbidden: (viewer) => `role ${viewer.role} may not write structures` },
);

/** Roles that may create, update and deactivate structures (facilitators within their territories). */
export const STRUCTURE_WRITERS = rolesGranted(ACCESS_TABLE.Structure.write);

/** The roles that may read a contact's e-mail and phone (`@Authorized` of those fields). */
export const CONTACT_READERS = rolesGranted(ACCESS_TABLE['StructureContact.email'].read);

/**
 * The structure directory is partner data: reads are for signed-in callers (DESIGN.md §4). Every read path
 * calls this — queries, `Company.insertionStructure` and `__resolveReference`, which field guards
 * (`@Authorized`) do not cover.
 */
export function assertMayReadStructures(viewer: Viewer): void {
  structuresAccess.assertMayEver(viewer, 'read', 'Structure');
}

/**
 * Row-level write rule: an admin writes anywhere; a facilitator only for a structure located in one of
 * their territories (department codes, or commune codes for a narrower coverage). Called with the current
 * commune and, on a move, with the new one too.
 */
export function assertMayWriteStructureIn(viewer: Viewer, communeCode: string): void {
  if (structuresAccess.can(viewer, 'write', 'Structure', { communeCode })) return;
  if (viewer.role === 'facilitator') {
    throw new ForbiddenError(`a facilitator may only write structures located in their territories (commune ${communeCode} is outside)`);
  }
  throw structuresAccess.accessError(viewer, 'write', 'Structure');
}
