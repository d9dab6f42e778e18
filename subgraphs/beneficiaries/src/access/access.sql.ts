import { FALSE, inList, or, sql, visibilitySql as tableVisibilitySql, type SqlFragment, type Viewer } from '@maillage/subgraph-kit';
import { grantsOf } from './access';
import type { Condition, Resource } from './access-table';

/** Where a list query finds what the conditions of the table look at. */
export interface VisibilityColumns {
  /** The beneficiary's table alias: `department_code`, `residence_commune_code`, `referent_structure_id`. */
  beneficiary: string;
  /** SQL that is true when the employer concerned is `?` (SIRET or structure id). */
  employer: (organisation: string) => SqlFragment;
}

/**
 * The rows of a list the viewer may see: those where at least one of `resources` is readable. It is the
 * same table as `can()`, turned into SQL so that lists filter in the database and paginate correctly.
 */
export function visibilitySql(viewer: Viewer, resources: readonly Resource[], columns: VisibilityColumns): SqlFragment {
  const b = columns.beneficiary;
  return tableVisibilitySql<Resource, Condition>({ grantsOf }, viewer, resources, {
    territory: (v) => or([inList(`${b}.department_code`, v.territories), inList(`${b}.residence_commune_code`, v.territories)]),
    referent: (v) => (v.organisation ? sql(`${b}.referent_structure_id::text = ?`, v.organisation) : FALSE),
    employer: (v) => (v.organisation ? columns.employer(v.organisation) : FALSE),
  });
}
