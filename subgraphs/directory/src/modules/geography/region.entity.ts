import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Région (or an overseas collectivity listed as one by the COG: 975, 977, 978, 984, 986–989). */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'Région (code officiel : 2 chiffres ; 3 chiffres pour les collectivités d’outre-mer).' })
@Entity({ tableName: 'region' })
export class Region {
  @Field(() => ID, { description: 'Code officiel de la région (84 Auvergne-Rhône-Alpes, 94 Corse, 04 La Réunion…).' })
  @PrimaryKey({ length: 3 })
  code!: string;

  @Field({ description: 'Nom de la région.' })
  @Property()
  name!: string;

  @Field(() => Int, { description: 'Population municipale : somme de celle de ses communes.' })
  @Property()
  population!: number;
}
