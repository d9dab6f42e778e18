import { coversCommune, createAccessControl, departmentOfCommune, ForbiddenError, rolesGranted, type Viewer } from '@maillage/subgraph-kit';
import { Authorized } from 'type-graphql';
import { ACCESS_TABLE, type Condition, type Resource } from '../../access/access-table';

/** What the conditions look at: the commune of the buyer concerned (`territory`), the owner of a facilitator's row (`self`). */
export interface ContractsSubject {
  buyerCommuneCode?: string;
  subject?: string;
}

/** The guards of the contract register, from its access table (`src/access/access-table.ts`). */
export const contractsAccess = createAccessControl<Resource, Condition, ContractsSubject>(
  ACCESS_TABLE,
  {
    territory: (viewer, subject) => subject.buyerCommuneCode !== undefined && coversCommune(viewer, subject.buyerCommuneCode),
    self: (viewer, subject) => subject.subject !== undefined && viewer.subject === subject.subject,
  },
  { forbidden: (viewer, operation) => (operation === 'write' ? `role ${viewer.role} may not change the contract register` : `role ${viewer.role} may not read the contract register`) },
);

/** Roles that may write the contract register. */
export const WRITER_ROLES = rolesGranted(ACCESS_TABLE.Contract.write);

/** Guard of the read entry points (queries): the roles the table lets read contracts. */
export function AuthorizedRead(): MethodDecorator & PropertyDecorator {
  return Authorized(...rolesGranted(ACCESS_TABLE.Contract.read));
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
  if (contractsAccess.can(viewer, 'write', 'Contract', { buyerCommuneCode })) return;
  if (viewer.role === 'facilitator') {
    const department = departmentOfCommune(buyerCommuneCode);
    throw new ForbiddenError(`the buyer's commune ${buyerCommuneCode} (department ${department}) is outside your territories`);
  }
  throw contractsAccess.accessError(viewer, 'write', 'Contract');
}
