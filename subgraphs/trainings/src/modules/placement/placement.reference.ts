import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Placement, owned by the `beneficiaries` subgraph (which declares its key `resolvable: false`): this
 * subgraph knows only its id and adds the training hours the organisation attested (`placement.resolver.ts`).
 * Descriptions are those of the owner (composition wants them equal).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Mise en emploi d’une personne sur un marché, chez un employeur, selon une modalité.' })
export class Placement {
  @Field(() => ID, { description: 'Identifiant de la mise en emploi.' })
  id!: string;
}

/** The federation stub for a placement's id. */
export function placementStub(id: string): Placement {
  return Object.assign(new Placement(), { id });
}
