import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DecimalScalar } from '@maillage/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

/**
 * The hours a training organisation attests a person attended in a month: its own statement, kept apart from
 * the employer's hours statement of the beneficiaries subgraph. One row per enrolment and month; a new
 * attestation for the same month replaces the previous one (the organisation corrects its own statement).
 */
@ObjectType({ description: 'Heures de formation attestées par l’organisme de formation pour une personne et un mois.' })
@Entity({ tableName: 'training_attendance' })
export class TrainingAttendance {
  [OptionalProps]?: 'attestedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', hidden: true })
  enrolmentId!: string;

  @Field({ description: 'Mois (AAAA-MM).' })
  @Property({ type: 'text' })
  month!: string;

  @Field(() => DecimalScalar, { description: 'Heures de présence attestées ce mois-ci (Decimal, deux décimales).' })
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  hoursAttested!: string;

  @Field({ description: 'Date et heure de la dernière attestation de ce mois.' })
  @Property({ type: 'timestamptz' })
  attestedAt: Date = new Date();
}
