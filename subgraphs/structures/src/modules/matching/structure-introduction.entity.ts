import { randomUUID } from 'node:crypto';
import { LocalDateScalar } from '@maillage/subgraph-kit';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Structure } from '../structure/structure.entity';

/**
 * Mise en relation: a facilitator introduced a structure to the company holding a contract (« faire le
 * lien », issue 18). Kept here, with the structure it concerns; the contract and the company are keys of
 * the contracts subgraph, never copies of their data.
 */
@ObjectType({ description: 'Mise en relation : le facilitateur a présenté une structure à l’entreprise titulaire d’un marché.' })
@Entity({ tableName: 'structure_introduction' })
@Unique({ properties: ['structure', 'contractId', 'companySiret'] })
export class StructureIntroduction {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Identifiant de la mise en relation.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Structure, { description: 'Structure présentée.' })
  @ManyToOne(() => Structure)
  structure!: Structure;

  /** Id of a `Contract` of the contracts subgraph. */
  @Field(() => ID, { description: 'Identifiant du marché (sous-graphe contracts).' })
  @Property({ type: 'uuid' })
  contractId!: string;

  @Field({ description: 'SIRET de l’entreprise à qui la structure a été présentée (le titulaire).' })
  @Property({ length: 14 })
  companySiret!: string;

  @Field(() => LocalDateScalar, { description: 'Date de la mise en relation.' })
  @Property({ type: 'date' })
  introducedOn!: string;

  @Field({ description: 'Identifiant du compte du facilitateur qui l’a faite (jamais son nom).' })
  @Property({ type: 'text' })
  introducedBy!: string;

  @Property({ hidden: true, type: 'timestamptz' })
  createdAt: Date = new Date();
}
