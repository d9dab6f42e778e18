export { beneficiariesSubgraph } from './subgraph';
/** The access table and its one question, for the stack tests that check the whole graph against it. */
export { ACCESS_TABLE, BENEFICIARY_FIELDS, MIN_PEOPLE_IN_AGGREGATE, SUPPRESSED_ROLES, type Resource } from './access/access-table';
export { can, type AccessSubject } from './access/access';
export { departmentOfCommune } from './modules/shared/territory';
