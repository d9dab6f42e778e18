import { Directive, Field, ObjectType } from 'type-graphql';

/** Entreprise, owned by the `contracts` subgraph; this subgraph adds its insertion structure. */
@Directive('@key(fields: "siret")')
@ObjectType({ description: 'Entreprise titulaire, co-traitante ou sous-traitante, identifiée par son SIRET.' })
export class Company {
  @Field({ description: 'SIRET (14 chiffres) : la clé de l’entreprise dans tout le graphe.' })
  siret!: string;

  /** Owned by contracts: here only as the input of `matchingStructures` (`@requires`). */
  @Field(() => String, { nullable: true, description: 'Code NAF/APE (4 chiffres et une lettre, ex. 4399C).' })
  @Directive('@external')
  nafCode?: string | null;
}
