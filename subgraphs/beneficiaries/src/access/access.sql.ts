import type { Viewer } from '@maillage/subgraph-kit';
import { FALSE, inList, or, sql, TRUE, type SqlFragment } from '../db/sql';
import { grantsOf } from './access';
import type { Condition, Resource } from './access-table';

/** Where a list query finds what the conditions of the table look at. */
export interface VisibilityColumns {
  /** The beneficiary's table alias: `department_code`, `residence_commune_code`, `referent_structure_id`. */
  beneficiary: string;
  /** SQL that is true when the employer concerned is `?` (SIRET or structure id). */
  employer: (organisation: string) => SqlFragment;
}

function conditionSql(condition: Condition, viewer: Viewer, columns: VisibilityColumns): SqlFragment {
  const b = columns.beneficiary;
  switch (condition) {
    case 'all':
      return TRUE;
    case 'territory':
      return or([inList(`${b}.department_code`, viewer.territories), inList(`${b}.residence_commune_code`, viewer.territories)]);
    case 'referent':
      return viewer.organisation ? sql(`${b}.referent_structure_id::text = ?`, viewer.organisation) : FALSE;
    case 'employer':
      return viewer.organisation ? columns.employer(viewer.organisation) : FALSE;
  }
}

/**
 * The rows of a list the viewer may see: those where at least one of `resources` is readable. It is the
 * same table as `can()`, turned into SQL so that lists filter in the database and paginate correctly.
 */
export function visibilitySql(viewer: Viewer, resources: readonly Resource[], columns: VisibilityColumns): SqlFragment {
  const conditions = new Set(resources.flatMap((resource) => grantsOf(viewer, 'read', resource)));
  if (conditions.has('all')) return TRUE;
  return or([...conditions].map((condition) => conditionSql(condition, viewer, columns)));
}
