import { randomUUID } from 'node:crypto';
import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/scalars';

/**
 * A criterion a person meets: the proof's type and date (never the document itself, DOMAIN.md §4.3), and
 * who validated it, when, for which date. Readable per tier (see the access table).
 */
@ObjectType({ description: 'Critère d’éligibilité d’une personne : type et date du justificatif, validation.' })
@Entity({ tableName: 'beneficiary_criterion' })
export class BeneficiaryCriterion {
  @Field(() => ID, { description: 'Identifiant.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ hidden: true, type: 'uuid' })
  beneficiaryId!: string;

  /** Exposed as `criterion` by the resolver. */
  @Property({ hidden: true, type: 'uuid' })
  criterionId!: string;

  @Field({ description: 'Type du justificatif présenté.' })
  @Property({ type: 'text' })
  proofType!: string;

  @Field(() => LocalDateScalar, { description: 'Date du justificatif.' })
  @Property({ type: 'date' })
  proofDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Dernier jour de validité du justificatif (vide : sans limite).' })
  @Property({ type: 'date', nullable: true })
  expiresOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date pour laquelle le critère a été validé (ex. début du contrat).' })
  @Property({ type: 'date', nullable: true })
  validatedFor?: string | null;

  @Field(() => String, { nullable: true, description: 'Identifiant de la personne qui a validé (sujet du jeton).' })
  @Property({ type: 'text', nullable: true })
  validatedBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'Moment de la validation.' })
  @Property({ type: 'timestamptz', nullable: true })
  validatedAt?: Date | null;

  @Property({ hidden: true, type: 'text' })
  recordedBy!: string;

  @Property({ hidden: true, type: 'timestamptz' })
  recordedAt: Opt<Date> = new Date();
}
