import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Facilitateur, owned by the `directory` subgraph: this subgraph only knows its id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'Facilitateur ou facilitatrice des clauses sociales (annuaire).' })
export class Facilitator {
  @Field(() => ID, { description: 'Identifiant du facilitateur.' })
  id!: string;
}

/** The federation stub for a facilitator id. */
export function facilitatorStub(id: string): Facilitator {
  return Object.assign(new Facilitator(), { id });
}
