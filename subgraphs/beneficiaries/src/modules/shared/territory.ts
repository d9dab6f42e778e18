/**
 * The department of an INSEE commune code: its first two characters (01–95, 2A, 2B), or three for the
 * overseas departments (97x). The same rule as the contracts subgraph's.
 */
export function departmentOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}
