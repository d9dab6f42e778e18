import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Département, owned by the `directory` subgraph: this subgraph only knows its key. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType({ description: 'Département (code officiel : 2 caractères, 2A/2B en Corse, 3 chiffres outre-mer).' })
export class Department {
  @Field(() => ID, { description: 'Code officiel du département.' })
  code!: string;
}

/** The federation stub for a department code. */
export function departmentStub(code: string): Department {
  return Object.assign(new Department(), { code });
}

/**
 * The department of an INSEE commune code: its first two characters (`69`, `2A`), or three overseas
 * (`97411` → `974`). Mirrors the SQL function `department_of_commune` of the migrations.
 */
export function departmentOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') || communeCode.startsWith('98') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}
