import { ForbiddenError, UnauthenticatedError } from '@maillage/service-runtime';
import type { Role } from './roles';
import { or, TRUE, type SqlFragment } from './sql';
import type { Viewer } from './viewer';

/**
 * The declarative access-table engine. A subgraph states who may read and write what as one table: one row
 * per resource (a type, a field, an action), one entry per role listing the conditions under which that
 * role is granted (`all`, or a condition of the subgraph's own, such as `territory`, checked against the
 * row). A role absent from a rule gets nothing. From the table come the guards (`can`, `assertCan`), the
 * row filter of lists in SQL (`visibilitySql`), the README table (`renderAccessTable`) and the role ×
 * resource test matrix (`accessMatrix`). beneficiaries' table was the first; every subgraph has one.
 */
export type Grants<C extends string = string> = Partial<Record<Role, readonly C[]>>;

/** One row of an access table. */
export interface AccessRule<C extends string = string, T extends string = string> {
  /** How sensitive the resource is (each subgraph names its tiers). */
  tier: T;
  read: Grants<C>;
  write: Grants<C>;
  /** Reads are written to the audit log (where the subgraph keeps one). */
  audited: boolean;
}

/** What a rule grants: reading the resource, or writing it (creating, changing, deleting, acting). */
export type Operation = 'read' | 'write';

/** The conditions besides `all`, each a test of the viewer against the row (the "subject"). */
export type ConditionChecks<C extends string, S> = Record<Exclude<C, 'all'>, (viewer: Viewer, subject: S) => boolean>;

/** The messages of a refused access: never a name or another personal detail. */
export interface AccessMessages<R extends string> {
  unauthenticated(operation: Operation, resource: R): string;
  forbidden(viewer: Viewer, operation: Operation, resource: R): string;
}

const DEFAULT_MESSAGES: AccessMessages<string> = {
  unauthenticated: () => 'authentication required',
  forbidden: (viewer, operation, resource) => `role ${viewer.role} may not ${operation} ${resource} here (see the access table)`,
};

/** The guards a subgraph derives from its table. */
export interface AccessControl<R extends string, C extends string, S> {
  table: Readonly<Record<R, AccessRule<C>>>;
  /** The conditions under which the viewer's role may do `operation` on `resource` (empty: never). */
  grantsOf(viewer: Viewer, operation: Operation, resource: R): readonly C[];
  /** The one question every guard asks: may this viewer do this on this row? */
  can(viewer: Viewer, operation: Operation, resource: R, subject?: S): boolean;
  /** True when the viewer's role may do `operation` on `resource` for at least some rows. */
  mayEver(viewer: Viewer, operation: Operation, resource: R): boolean;
  /** UNAUTHENTICATED for the public caller, FORBIDDEN for the others. */
  accessError(viewer: Viewer, operation: Operation, resource: R): Error;
  /** Throws {@link AccessControl.accessError} unless `can(…)`. */
  assertCan(viewer: Viewer, operation: Operation, resource: R, subject?: S): void;
  /** Throws unless the role may do `operation` on `resource` for some rows (entry points of lists). */
  assertMayEver(viewer: Viewer, operation: Operation, resource: R): void;
}

/** Builds the guards of an access table from the checks of its conditions. */
export function createAccessControl<R extends string, C extends string, S>(
  table: Readonly<Record<R, AccessRule<C>>>,
  checks: ConditionChecks<C, S>,
  messages: Partial<AccessMessages<R>> = {},
): AccessControl<R, C, S> {
  const say = { ...DEFAULT_MESSAGES, ...messages } as AccessMessages<R>;
  const holds = (condition: C, viewer: Viewer, subject: S | undefined): boolean => {
    if (condition === 'all') return true;
    if (subject === undefined) return false;
    return checks[condition as Exclude<C, 'all'>](viewer, subject);
  };
  const grantsOf = (viewer: Viewer, operation: Operation, resource: R): readonly C[] =>
    (table[resource][operation] as Partial<Record<string, readonly C[]>>)[viewer.role] ?? [];
  const can = (viewer: Viewer, operation: Operation, resource: R, subject?: S): boolean =>
    grantsOf(viewer, operation, resource).some((condition) => holds(condition, viewer, subject));
  const mayEver = (viewer: Viewer, operation: Operation, resource: R): boolean => grantsOf(viewer, operation, resource).length > 0;
  const accessError = (viewer: Viewer, operation: Operation, resource: R): Error =>
    viewer.role === 'public'
      ? new UnauthenticatedError(say.unauthenticated(operation, resource))
      : new ForbiddenError(say.forbidden(viewer, operation, resource));
  return {
    table,
    grantsOf,
    can,
    mayEver,
    accessError,
    assertCan(viewer, operation, resource, subject) {
      if (!can(viewer, operation, resource, subject)) throw accessError(viewer, operation, resource);
    },
    assertMayEver(viewer, operation, resource) {
      if (!mayEver(viewer, operation, resource)) throw accessError(viewer, operation, resource);
    },
  };
}

/** Each condition besides `all` as SQL over the list's columns, for the viewer at hand. */
export type ConditionSql<C extends string> = Record<Exclude<C, 'all'>, (viewer: Viewer) => SqlFragment>;

/**
 * The rows of a list the viewer may see: those where at least one of `resources` is readable. It is the
 * same table as `can()`, turned into SQL so that lists filter in the database and paginate correctly.
 */
export function visibilitySql<R extends string, C extends string>(
  control: Pick<AccessControl<R, C, unknown>, 'grantsOf'>,
  viewer: Viewer,
  resources: readonly R[],
  conditionSql: ConditionSql<C>,
): SqlFragment {
  const conditions = new Set(resources.flatMap((resource) => control.grantsOf(viewer, 'read', resource)));
  if (conditions.has('all' as C)) return TRUE;
  return or([...conditions].map((condition) => conditionSql[condition as Exclude<C, 'all'>](viewer)));
}

/** One case of the role × resource matrix: what the table grants `role` for `operation` on `resource`. */
export interface AccessCase<R extends string, C extends string> {
  role: Role;
  resource: R;
  operation: Operation;
  conditions: readonly C[];
}

/** Every role × resource × operation of a table, for `test.each` (so a new row is tested the day it is added). */
export function accessMatrix<R extends string, C extends string>(table: Readonly<Record<R, AccessRule<C>>>, roles: readonly Role[]): AccessCase<R, C>[] {
  return (Object.keys(table) as R[]).flatMap((resource) =>
    roles.flatMap((role) =>
      (['read', 'write'] as const).map((operation) => ({
        role,
        resource,
        operation,
        conditions: (table[resource][operation] as Partial<Record<string, readonly C[]>>)[role] ?? [],
      })),
    ),
  );
}

/** The roles granted anything by `grants`, in the order the table lists them (for `@Authorized(...roles)`). */
export function rolesGranted(grants: Grants): Role[] {
  return (Object.keys(grants) as Role[]).filter((role) => (grants[role] ?? []).length > 0);
}
