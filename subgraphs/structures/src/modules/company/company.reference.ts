import { Directive, Field, ObjectType } from 'type-graphql';

/** Entreprise, owned by the `contracts` subgraph; this subgraph adds its insertion structure. */
@Directive('@key(fields: "siret")')
@ObjectType({ description: 'Entreprise titulaire, co-traitante ou sous-traitante, identifiée par son SIRET.' })
export class Company {
  @Field({ description: 'SIRET (14 chiffres) : la clé de l’entreprise dans tout le graphe.' })
  siret!: string;
}
