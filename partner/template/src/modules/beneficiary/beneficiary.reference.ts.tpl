import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Beneficiary, owned by the `beneficiaries` subgraph: this subgraph knows only its id and adds the field of
 * `beneficiary.resolver.ts`. Descriptions are those of the owner (composition wants them equal).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Personne en parcours d’insertion (données personnelles protégées, accès selon la table d’accès).' })
export class Beneficiary {
  @Field(() => ID, { description: 'Identifiant de la personne (aléatoire, ne révèle rien).' })
  id!: string;
}

/** The federation stub for a person's id. */
export function beneficiaryStub(id: string): Beneficiary {
  return Object.assign(new Beneficiary(), { id });
}
