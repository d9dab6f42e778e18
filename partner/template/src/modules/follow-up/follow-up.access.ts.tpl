import { createAccessControl, rolesGranted, type Viewer } from '@maillage/subgraph-kit';
import { ACCESS_TABLE, type Condition, type Resource } from '../../access/access-table';

/** What the `organisation` condition looks at: the organisation that wrote the row. */
export interface FollowUpSubject {
  organisationId: string;
}

/** The guards of this subgraph, from its access table (`src/access/access-table.ts`). */
export const followUpAccess = createAccessControl<Resource, Condition, FollowUpSubject>(ACCESS_TABLE, {
  organisation: (viewer: Viewer, subject) => viewer.organisation !== undefined && viewer.organisation === subject.organisationId,
});

/** Roles that may write a follow-up (`@Authorized`), before the row-level rule. */
export const FOLLOW_UP_WRITERS = rolesGranted(ACCESS_TABLE.{{Name}}FollowUp.write);
