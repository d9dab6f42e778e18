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
