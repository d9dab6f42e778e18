import { ForbiddenError, UnauthenticatedError, type Viewer } from '@maillage/subgraph-kit';
import { Authorized } from 'type-graphql';
import { departmentOfCommune } from '../shared/territory';

/** Roles that may write the contract register. */
export const WRITER_ROLES = ['facilitator', 'admin'] as const;

/**
 * True when `viewer` may read contracts, buyers and companies: any signed-in role (DESIGN.md §4: the public
 * caller may use the directory and nothing else). Used where field guards do not run (`__resolveReference`).
 */
export function mayRead(viewer: Viewer): boolean {
  return viewer.role !== 'public';
}

/** Guard of the read entry points (queries): any signed-in role. */
export function AuthorizedRead(): MethodDecorator & PropertyDecorator {
  return Authorized();
}

/** Guard of every write: facilitators and admins (territories are checked with {@link assertMayWriteFor}). */
export function AuthorizedWrite(): MethodDecorator & PropertyDecorator {
  return Authorized(...WRITER_ROLES);
}

/**
 * Row-level write rule: an admin writes anywhere; a facilitator only for buyers whose commune lies in one
 * of their territories (a department code, or the commune code itself).
 */
export function assertMayWriteFor(viewer: Viewer, buyerCommuneCode: string): void {
  if (viewer.role === 'public') throw new UnauthenticatedError();
  if (viewer.role === 'admin') return;
  if (viewer.role !== 'facilitator') throw new ForbiddenError(`role ${viewer.role} may not change the contract register`);
  const department = departmentOfCommune(buyerCommuneCode);
  if (!viewer.territories.includes(department) && !viewer.territories.includes(buyerCommuneCode)) {
    throw new ForbiddenError(`the buyer's commune ${buyerCommuneCode} (department ${department}) is outside your territories`);
  }
}
