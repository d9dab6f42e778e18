import { randomUUID } from 'node:crypto';
import { Entity, type Opt, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/scalars';
import { OutcomeCategory, OutcomeDetail, OutcomeKind } from './path.enums';

/** Sortie: where a path led, at its end and six months later (DOMAIN.md §5.2). */
@ObjectType({ description: 'Sortie de parcours, observée à la fin et six mois après.' })
@Entity({ tableName: 'outcome' })
export class Outcome {
  @Field(() => ID, { description: 'Identifiant.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ hidden: true, type: 'uuid' })
  pathId!: string;

  @Field(() => OutcomeKind, { description: 'Moment de l’observation.' })
  @Enum({ items: () => OutcomeKind })
  kind!: OutcomeKind;

  @Field(() => OutcomeCategory, { description: 'Catégorie de sortie.' })
  @Enum({ items: () => OutcomeCategory })
  category!: OutcomeCategory;

  @Field(() => OutcomeDetail, { nullable: true, description: 'Détail (emploi durable, de transition, sortie positive).' })
  @Enum({ items: () => OutcomeDetail, nullable: true })
  detail?: OutcomeDetail | null;

  @Field(() => LocalDateScalar, { description: 'Date de l’observation.' })
  @Property({ type: 'date' })
  observedOn!: string;

  @Property({ hidden: true, type: 'text' })
  recordedBy!: string;

  @Property({ hidden: true, type: 'timestamptz' })
  recordedAt: Opt<Date> = new Date();
}
