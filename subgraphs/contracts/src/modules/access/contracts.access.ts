import { ForbiddenError, UnauthenticatedError, type Viewer } from '@maillage/subgraph-kit';
import { Authorized } from 'type-graphql';
import { departmentOfCommune } from '../shared/territory';

/**
 * TEMPORARY. The gateway signs every call as `public` until the user-token part of [Identity] lands, and
 * the gateway and `npm start` tests read contracts anonymously. While this is true, `public` may read
 * contracts, buyers and companies (queries and `_entities`). Flip it to `false` once user tokens reach the
 * subgraphs: reads then need any signed-in role (DESIGN.md §4). Writes never depend on it.
 */
export const PUBLIC_READ_UNTIL_IDENTITY = true;

/** Roles that may write the contract register. */
export const WRITER_ROLES = ['facilitator', 'admin'] as const;

/** True when `viewer` may read contracts, buyers and companies. */
export function mayRead(viewer: Viewer, publicReadOpen: boolean = PUBLIC_READ_UNTIL_IDENTITY): boolean {
  return viewer.role !== 'public' || publicReadOpen;
}

/**
 * Guard of the read entry points (queries): any signed-in role, and `public` while
 * {@link PUBLIC_READ_UNTIL_IDENTITY} holds. Evaluated once, when the resolvers are decorated.
 */
export function AuthorizedRead(): MethodDecorator & PropertyDecorator {
  return PUBLIC_READ_UNTIL_IDENTITY ? () => undefined : Authorized();
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
