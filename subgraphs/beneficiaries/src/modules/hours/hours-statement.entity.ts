import { randomUUID } from 'node:crypto';
import { Entity, type Opt, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../shared/scalars';
import { StatementSource } from './hours.enums';

/**
 * Relevé d'heures: the hours of one placement in one month. A correction is a new version with its author
 * and reason, never an overwrite; only the current (latest) version counts in the aggregates.
 */
@ObjectType({ description: 'Relevé d’heures d’une mise en emploi pour un mois (une version ; la dernière fait foi).' })
@Entity({ tableName: 'hours_statement' })
export class HoursStatement {
  @Field(() => ID, { description: 'Identifiant de cette version du relevé.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ hidden: true, type: 'uuid' })
  placementId!: string;

  @Field({ description: 'Mois, au format AAAA-MM.' })
  @Property({ type: 'character', length: 7 })
  month!: string;

  @Field(() => Int, { description: 'Numéro de version (1 pour la déclaration, puis une par correction).' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => DecimalScalar, { description: 'Heures travaillées (Decimal, 2 décimales).' })
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  hoursWorked!: string;

  @Field(() => DecimalScalar, { description: 'Heures de formation (Decimal, 2 décimales).' })
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  trainingHours!: string;

  @Field(() => StatementSource, { description: 'Origine de la déclaration.' })
  @Enum({ items: () => StatementSource })
  source!: StatementSource;

  @Field({ description: 'Auteur de cette version (sujet du jeton, jamais un nom).' })
  @Property({ type: 'text' })
  declaredBy!: string;

  @Property({ hidden: true, type: 'text' })
  declaredByRole!: string;

  @Field(() => Date, { description: 'Moment de cette version.' })
  @Property({ type: 'timestamptz' })
  declaredAt: Opt<Date> = new Date();

  @Field(() => String, { nullable: true, description: 'Motif de la correction (vide pour la déclaration initiale).' })
  @Property({ type: 'text', nullable: true })
  correctionReason?: string | null;

  @Field({ description: 'Vrai pour la version qui fait foi.' })
  @Property({ type: 'boolean' })
  isCurrent!: boolean;
}
