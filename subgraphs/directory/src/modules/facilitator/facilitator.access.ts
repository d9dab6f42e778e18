import { ForbiddenError, type Viewer } from '@maillage/subgraph-kit';

/**
 * Who may change an organisation and its facilitators: an administrator, or a facilitator acting for that
 * organisation (the gateway-signed `organisation` claim is the organisation's id). Field guards only check
 * the role; this is the row-level rule.
 */
export function assertMayManageOrganisation(viewer: Viewer, organisationId: string): void {
  if (viewer.role === 'admin') return;
  if (viewer.role === 'facilitator' && viewer.organisation === organisationId) return;
  throw new ForbiddenError(
    viewer.role === 'facilitator'
      ? 'a facilitator may only change their own organisation and its facilitators'
      : `role ${viewer.role} may not change the directory`,
  );
}
