/**
 * The department of an INSEE commune code: its first two characters (01–95, 2A, 2B), or three for the
 * overseas departments (97x).
 */
export function departmentOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

/**
 * The same rule in SQL, for the generated `department_code` column of `buyer` (the migration spells it
 * out; MikroORM only needs to know the column is generated, so that it never writes it).
 */
export const DEPARTMENT_OF_COMMUNE_SQL =
  "(CASE WHEN commune_code LIKE '97%' THEN left(commune_code, 3) ELSE left(commune_code, 2) END) STORED";
