/** The one commune → department rule lives in the access package (it knows the 98x codes too). */
export { departmentOfCommune } from '@maillage/subgraph-kit';

/**
 * The rule in SQL, for the generated `department_code` column of `buyer` (the migration spells it out;
 * MikroORM only needs to know the column is generated, so that it never writes it). It predates the 98x
 * codes of `departmentOfCommune`: aligning it takes a migration of its own.
 */
export const DEPARTMENT_OF_COMMUNE_SQL =
  "(CASE WHEN commune_code LIKE '97%' THEN left(commune_code, 3) ELSE left(commune_code, 2) END) STORED";
