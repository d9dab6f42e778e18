import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DecimalScalar, LocalDateScalar } from '@maillage/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An action of a training organisation (« action de formation »): a course with its dates, its duration and
 * the certification it prepares. The organisation is known by its SIRET; it declares its activity under
 * code du travail L6351-1.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Action de formation d’un organisme de formation : intitulé, dates, durée, certification visée.' })
@Entity({ tableName: 'training_action' })
export class TrainingAction {
  [OptionalProps]?: 'createdAt' | 'certification';

  @Field(() => ID, { description: 'Identifiant de l’action de formation.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Intitulé de l’action (200 caractères au plus).' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'SIRET (14 chiffres) de l’organisme de formation qui la dispense.' })
  @Property({ type: 'text' })
  organisationSiret!: string;

  @Field({ description: 'Nom de l’organisme de formation.' })
  @Property({ type: 'text' })
  organisationName!: string;

  @Field({ description: 'Code INSEE de la commune où l’action a lieu.' })
  @Property({ type: 'text' })
  communeCode!: string;

  @Field(() => LocalDateScalar, { description: 'Premier jour de l’action (AAAA-MM-JJ).' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateScalar, { description: 'Dernier jour de l’action (AAAA-MM-JJ), au plus tôt le premier.' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => DecimalScalar, { description: 'Durée prévue de l’action, en heures (Decimal, deux décimales).' })
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  plannedHours!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Certification visée, telle qu’inscrite au RNCP ou au répertoire spécifique (code du travail L6113-1), ex. « RNCP35625 — Maçon ».',
  })
  @Property({ type: 'text', nullable: true })
  certification?: string | null;

  @Property({ type: 'timestamptz', hidden: true })
  createdAt: Date = new Date();
}
