import type { AuthChecker } from 'type-graphql';
import type { Role } from '@maillage/access';
import type { RequestContext } from './context';
import { ForbiddenError, UnauthenticatedError } from '@maillage/service-runtime';

/**
 * type-graphql's `@Authorized(...roles)`: a public caller is asked to authenticate, a signed-in caller
 * without one of the roles is forbidden. Row-level rules (territory, organisation) live in loaders and
 * reference resolvers, which field guards do not cover.
 */
export const roleAuthChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const { role } = context.viewer;
  if (roles.length === 0) {
    if (role === 'public') throw new UnauthenticatedError();
    return true;
  }
  if (roles.includes(role)) return true;
  if (role === 'public') throw new UnauthenticatedError();
  throw new ForbiddenError(`role ${role} may not do this (allowed: ${roles.join(', ')})`);
};

export type { Role };
