import { Directive, Field, ObjectType } from 'type-graphql';

/** Company, owned by the `contracts` subgraph: this subgraph knows its SIRET and adds its insertion hours. */
@Directive('@key(fields: "siret")')
@ObjectType({ description: 'Entreprise titulaire, co-traitante ou sous-traitante, identifiée par son SIRET.' })
export class Company {
  @Field({ description: 'SIRET (14 chiffres) : la clé de l’entreprise dans tout le graphe.' })
  siret!: string;
}

/** The federation stub for a SIRET. */
export function companyStub(siret: string): Company {
  return Object.assign(new Company(), { siret });
}
