import { randomUUID } from 'node:crypto';
import { DecimalScalar } from '@maillage/subgraph-kit';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Contract } from '../contract/contract.entity';

/** Lot: a part of a contract awarded on its own; it may carry one insertion clause. */
@ObjectType({ description: 'Lot d’un marché ; il peut porter une clause sociale d’insertion.' })
@Entity({ tableName: 'lot' })
@Unique({ properties: ['contract', 'number'] })
export class Lot {
  @Field(() => ID, { description: 'Identifiant du lot.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: 'Numéro du lot, unique dans le marché (1, 2, …).' })
  @Property()
  number!: number;

  @Field({ description: 'Intitulé du lot.' })
  @Property()
  title!: string;

  @Field(() => DecimalScalar, { description: 'Montant du lot hors taxes, en euros (Decimal).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @ManyToOne(() => Contract, { hidden: true })
  contract!: Contract;
}
