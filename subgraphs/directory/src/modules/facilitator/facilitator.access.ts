import { createAccessControl, ForbiddenError, rolesGranted, type Viewer } from '@maillage/subgraph-kit';
import { ACCESS_TABLE, type Condition, type Resource } from '../../access/access-table';

/** What the `organisation` condition looks at: the facilitator organisation concerned. */
export interface OrganisationSubject {
  organisationId: string;
}

/** The guards of the directory, from its access table (`src/access/access-table.ts`). */
export const directoryAccess = createAccessControl<Resource, Condition, OrganisationSubject>(ACCESS_TABLE, {
  organisation: (viewer, subject) => viewer.organisation === subject.organisationId,
});

/** Roles that may change an organisation and its facilitators (`@Authorized` of those mutations). */
export const ORGANISATION_MANAGERS = rolesGranted(ACCESS_TABLE.Facilitator.write);

/** Roles that may create an organisation. */
export const ORGANISATION_CREATORS = rolesGranted(ACCESS_TABLE['FacilitatorOrganisation(create)'].write);

/**
 * Who may change an organisation and its facilitators: an administrator, or a facilitator acting for that
 * organisation (the gateway-signed `organisation` claim is the organisation's id). Field guards only check
 * the role; this is the row-level rule.
 */
export function assertMayManageOrganisation(viewer: Viewer, organisationId: string): void {
  if (directoryAccess.can(viewer, 'write', 'Facilitator', { organisationId })) return;
  throw new ForbiddenError(
    viewer.role === 'facilitator'
      ? 'a facilitator may only change their own organisation and its facilitators'
      : `role ${viewer.role} may not change the directory`,
  );
}
