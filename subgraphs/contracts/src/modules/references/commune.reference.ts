import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Commune (INSEE code), owned by the `directory` subgraph: this subgraph only knows its key. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType({ description: 'Commune française (code officiel géographique INSEE).' })
export class Commune {
  @Field(() => ID, { description: 'Code officiel géographique INSEE (5 caractères, 2A/2B en Corse).' })
  code!: string;
}

/** The federation stub for an INSEE commune code. */
export function communeStub(code: string): Commune {
  return Object.assign(new Commune(), { code });
}
