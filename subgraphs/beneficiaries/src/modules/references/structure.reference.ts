import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Structure, owned by the `structures` subgraph: this subgraph knows its id and adds its placement statistics. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Structure d'insertion (SIAE, EA, ESAT, GEIQ…) ou du service public de l'emploi." })
export class Structure {
  @Field(() => ID, { description: 'Identifiant de la structure.' })
  id!: string;
}

/** The federation stub for a structure id. */
export function structureStub(id: string): Structure {
  return Object.assign(new Structure(), { id });
}
