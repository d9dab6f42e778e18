import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Department } from './department.entity';

/** Commune, keyed by its INSEE code (never its postal code: one postal code serves many communes). */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'Commune française (code officiel géographique INSEE).' })
@Entity({ tableName: 'commune' })
export class Commune {
  @Field(() => ID, { description: 'Code officiel géographique INSEE (5 caractères, 2A/2B en Corse).' })
  @PrimaryKey({ length: 5 })
  code!: string;

  @Field({ description: 'Nom de la commune.' })
  @Property()
  name!: string;

  @ManyToOne(() => Department, { hidden: true })
  department!: Department;

  @Field(() => [String], { description: 'Codes postaux desservant la commune (distincts du code INSEE).' })
  @Property({ type: 'text[]' })
  postalCodes: string[] = [];
}
