/** The one commune → department rule lives in the access package; re-exported for this subgraph's callers. */
export { departmentOfCommune } from '@maillage/subgraph-kit';
