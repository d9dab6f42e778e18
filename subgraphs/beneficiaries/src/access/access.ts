import { ForbiddenError, UnauthenticatedError, type Viewer } from '@maillage/subgraph-kit';
import { ACCESS_TABLE, type Condition, type Resource } from './access-table';

/** What the conditions of the access table are checked against: one person, or one of their placements. */
export interface AccessSubject {
  /** Department of residence (kept after erasure, so the territory's facilitators still answer for it). */
  departmentCode: string;
  communeCode: string | null;
  referentStructureId: string | null;
  /**
   * The employers concerned: every employer of the person (for the person's own fields), or the one
   * employer of a placement (for the placement and its statements). SIRETs and structure ids.
   */
  employers: readonly string[];
}

export type Operation = 'read' | 'write';

function holds(condition: Condition, viewer: Viewer, subject: AccessSubject | undefined): boolean {
  if (condition === 'all') return true;
  if (!subject) return false;
  switch (condition) {
    case 'territory':
      return viewer.territories.includes(subject.departmentCode) ||
        (subject.communeCode !== null && viewer.territories.includes(subject.communeCode));
    case 'referent':
      return viewer.organisation !== undefined && viewer.organisation === subject.referentStructureId;
    case 'employer':
      return viewer.organisation !== undefined && subject.employers.includes(viewer.organisation);
  }
}

/** The conditions under which the viewer's role may do `operation` on `resource` (empty: never). */
export function grantsOf(viewer: Viewer, operation: Operation, resource: Resource): readonly Condition[] {
  const grants = ACCESS_TABLE[resource][operation] as Partial<Record<string, readonly Condition[]>>;
  return grants[viewer.role] ?? [];
}

/** The one question every guard asks: may this viewer do this on this row? */
export function can(viewer: Viewer, operation: Operation, resource: Resource, subject?: AccessSubject): boolean {
  return grantsOf(viewer, operation, resource).some((condition) => holds(condition, viewer, subject));
}

/** True when the viewer's role may do `operation` on `resource` for at least some rows. */
export function mayEver(viewer: Viewer, operation: Operation, resource: Resource): boolean {
  return grantsOf(viewer, operation, resource).length > 0;
}

/** The error for a refused access: never a name or another personal detail in the message. */
export function accessError(viewer: Viewer, operation: Operation, resource: Resource): Error {
  if (viewer.role === 'public') return new UnauthenticatedError('personal data: sign in first');
  return new ForbiddenError(`role ${viewer.role} may not ${operation} ${resource} here (see the access table)`);
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless `can(…)`. */
export function assertCan(viewer: Viewer, operation: Operation, resource: Resource, subject?: AccessSubject): void {
  if (!can(viewer, operation, resource, subject)) throw accessError(viewer, operation, resource);
}

/** Throws unless the role may do `operation` on `resource` for some rows (entry points of lists). */
export function assertMayEver(viewer: Viewer, operation: Operation, resource: Resource): void {
  if (!mayEver(viewer, operation, resource)) throw accessError(viewer, operation, resource);
}
