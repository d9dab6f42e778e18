import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Buyer } from '../buyer/buyer.entity';
import { Company } from '../company/company.entity';

/** Marché public: a contract that may carry insertion clauses on its lots. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Marché public (ou privé) susceptible de porter une clause sociale.' })
@Entity({ tableName: 'contract' })
@Unique({ properties: ['buyer', 'reference'] })
export class Contract {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: "Référence du marché, unique chez l'acheteur." })
  @Property()
  reference!: string;

  @Field({ description: 'Objet du marché.' })
  @Property()
  title!: string;

  @ManyToOne(() => Buyer, { hidden: true })
  buyer!: Buyer;

  @ManyToOne(() => Company, { hidden: true, nullable: true })
  holder?: Company;
}
