/** The one commune → department rule lives in the access package (it knows the 98x codes too). */
export { departmentOfCommune } from '@maillage/subgraph-kit';

/**
 * The rule in SQL, for the generated `department_code` column of `buyer`: the function
 * `department_of_commune` of migration `department_of_commune_overseas_collectivities`, which says what
 * `departmentOfCommune` says (a test compares them on every commune code). MikroORM only needs to know the
 * column is generated, so that it never writes it.
 */
export const DEPARTMENT_OF_COMMUNE_SQL = '(department_of_commune(commune_code)) STORED';
