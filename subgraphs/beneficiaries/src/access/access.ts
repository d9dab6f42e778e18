import { coversPlace, createAccessControl, type Operation, type Viewer } from '@maillage/subgraph-kit';
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

export type { Operation };

/** The table's guards, from the kit's access-table engine and this subgraph's three conditions. */
const control = createAccessControl<Resource, Condition, AccessSubject>(
  ACCESS_TABLE,
  {
    territory: (viewer, subject) => coversPlace(viewer, subject),
    referent: (viewer, subject) => viewer.organisation !== undefined && viewer.organisation === subject.referentStructureId,
    employer: (viewer, subject) => viewer.organisation !== undefined && subject.employers.includes(viewer.organisation),
  },
  {
    unauthenticated: () => 'personal data: sign in first',
    forbidden: (viewer: Viewer, operation, resource) => `role ${viewer.role} may not ${operation} ${resource} here (see the access table)`,
  },
);

/** The conditions under which the viewer's role may do `operation` on `resource` (empty: never). */
export const grantsOf = control.grantsOf;
/** The one question every guard asks: may this viewer do this on this row? */
export const can = control.can;
/** True when the viewer's role may do `operation` on `resource` for at least some rows. */
export const mayEver = control.mayEver;
/** The error for a refused access: never a name or another personal detail in the message. */
export const accessError = control.accessError;
/** Throws UNAUTHENTICATED or FORBIDDEN unless `can(…)`. */
export const assertCan = control.assertCan;
/** Throws unless the role may do `operation` on `resource` for some rows (entry points of lists). */
export const assertMayEver = control.assertMayEver;
