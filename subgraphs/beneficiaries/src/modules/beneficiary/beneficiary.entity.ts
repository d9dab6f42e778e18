import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Personne en parcours: personal data. It never leaves this subgraph except to callers the access rules
 * allow (DESIGN.md §4); other subgraphs only ever see aggregates.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Personne en parcours d’insertion (données personnelles protégées).' })
@Entity({ tableName: 'beneficiary' })
export class Beneficiary {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Prénom.' })
  @Property()
  firstName!: string;

  @Field({ description: 'Nom de famille.' })
  @Property()
  lastName!: string;

  @Property({ hidden: true, type: 'date' })
  birthDate!: string;

  @Property({ hidden: true, length: 5 })
  residenceCommuneCode!: string;

  @Property({ hidden: true, type: 'uuid', nullable: true })
  referentStructureId?: string;
}
