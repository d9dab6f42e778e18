import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** EPCI à fiscalité propre (métropole, communauté urbaine, d'agglomération, de communes), keyed by its SIREN. */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'Établissement public de coopération intercommunale (EPCI à fiscalité propre).' })
@Entity({ tableName: 'epci' })
export class Epci {
  @Field(() => ID, { description: 'Code de l’EPCI : son SIREN (9 chiffres).' })
  @PrimaryKey({ length: 9 })
  code!: string;

  @Field({ description: 'Nom de l’EPCI.' })
  @Property()
  name!: string;

  @Field({ description: 'Nature juridique : CC, CA, CU, METRO, MET69 (Métropole de Lyon).' })
  @Property()
  kind!: string;

  @Field({ description: 'Mode de financement : FPU (fiscalité professionnelle unique) ou FA (fiscalité additionnelle).' })
  @Property()
  financing!: string;

  @Field(() => Int, { description: 'Population municipale (liste DGCL des EPCI).' })
  @Property()
  population!: number;
}
