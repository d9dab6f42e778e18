import { coversCommune, createAccessControl, departmentOfCommune, ForbiddenError, rolesGranted, type Viewer } from '@maillage/subgraph-kit';
import { Authorized } from 'type-graphql';
import { ACCESS_TABLE, type Condition, type Resource } from '../../access/access-table';

/**
 * What the conditions look at. `territory`: the commune of the buyer concerned, or for a report of a
 * department or a region its departments (`'nation'`: no territory covers it). `own buyer`: the buyer's id
 * and SIRET.
 */
export interface ContractsSubject {
  buyerCommuneCode?: string;
  /** For a report of a department or a region, its departments (`'nation'`: no territory covers it). */
  departments?: readonly string[] | 'nation';
  /** The buyer's id and SIRET, for `ownBuyer` (a buyer's own planned purchases and reports). */
  buyerId?: string;
  buyerSiret?: string;
}

function coversSubject(viewer: Viewer, subject: ContractsSubject): boolean {
  if (subject.departments === 'nation') return false;
  if (subject.departments) return subject.departments.length > 0 && subject.departments.every((department) => viewer.territories.includes(department));
  return subject.buyerCommuneCode !== undefined && coversCommune(viewer, subject.buyerCommuneCode);
}

/** True when the viewer acts for this buyer: its organisation is the buyer's id or SIRET. */
export function isOwnBuyer(viewer: Viewer, buyer: { buyerId?: string; buyerSiret?: string }): boolean {
  const organisation = viewer.organisation?.toLowerCase();
  return viewer.role === 'buyer' && !!organisation && (organisation === buyer.buyerId || organisation === buyer.buyerSiret);
}

/** The guards of the contract register, from its access table (`src/access/access-table.ts`). */
export const contractsAccess = createAccessControl<Resource, Condition, ContractsSubject>(
  ACCESS_TABLE,
  { territory: coversSubject, ownBuyer: (viewer, subject) => isOwnBuyer(viewer, subject) },
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
