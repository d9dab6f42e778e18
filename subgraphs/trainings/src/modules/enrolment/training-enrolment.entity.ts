import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { LocalDateScalar } from '@maillage/subgraph-kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Where an enrolment stands. */
export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  ABANDONED = 'ABANDONED',
}

registerEnumType(EnrolmentStatus, {
  name: 'TrainingEnrolmentStatus',
  description: 'Situation d’une inscription à une action de formation.',
  valuesConfig: {
    ENROLLED: { description: 'Inscrite, en cours' },
    COMPLETED: { description: 'Action suivie jusqu’au bout' },
    ABANDONED: { description: 'Action abandonnée' },
  },
});

/**
 * A person enrolled in a training action. Personal data: who follows which training. The person is known
 * by the id the beneficiaries subgraph gives them; the placement, when the training is the modality of a
 * placement (« formation », one of the ways a clause's hours are delivered), by its id.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Inscription d’une personne à une action de formation (donnée personnelle : accès selon la table d’accès).' })
@Entity({ tableName: 'training_enrolment' })
export class TrainingEnrolment {
  [OptionalProps]?: 'createdAt' | 'status' | 'placementId';

  @Field(() => ID, { description: 'Identifiant de l’inscription.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', hidden: true })
  actionId!: string;

  @Property({ type: 'uuid', hidden: true })
  beneficiaryId!: string;

  /**
   * An id, not a `Placement` field: the beneficiaries subgraph declares Placement's key `resolvable: false`
   * (it has no reference resolver for it), so no other subgraph may hand a Placement to the gateway.
   */
  @Field(() => ID, { nullable: true, description: 'Identifiant de la mise en emploi (sous-graphe beneficiaries) dont cette formation est la modalité, s’il y en a une.' })
  @Property({ type: 'uuid', nullable: true })
  placementId?: string | null;

  @Field(() => LocalDateScalar, { description: 'Date d’inscription (AAAA-MM-JJ).' })
  @Property({ type: 'date' })
  enrolledOn!: string;

  @Field(() => EnrolmentStatus, { description: 'Situation de l’inscription.' })
  @Enum({ items: () => EnrolmentStatus, nativeEnumName: 'training_enrolment_status' })
  status: EnrolmentStatus = EnrolmentStatus.ENROLLED;

  @Property({ type: 'timestamptz', hidden: true })
  createdAt: Date = new Date();
}
