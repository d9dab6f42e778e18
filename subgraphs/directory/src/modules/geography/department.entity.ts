import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Département, keyed by its official code (`69`, `2A`, `974`). */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'Département (code officiel : 2 caractères, 2A/2B en Corse, 3 chiffres outre-mer).' })
@Entity({ tableName: 'department' })
export class Department {
  @Field(() => ID, { description: 'Code officiel du département.' })
  @PrimaryKey({ length: 3 })
  code!: string;

  @Field({ description: 'Nom du département.' })
  @Property()
  name!: string;

  @Property({ hidden: true, length: 3 })
  regionCode!: string;

  @Field(() => Int, { description: 'Population municipale : somme de celle de ses communes.' })
  @Property()
  population!: number;
}
