import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { LocalDateScalar } from '@maillage/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Beneficiary, beneficiaryStub } from '../beneficiary/beneficiary.reference';

/** A follow-up note the partner writes about a person it accompanies (« fiche de suivi »). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Fiche de suivi écrite par le partenaire {{name}} sur une personne qu’il accompagne.' })
@Entity({ tableName: '{{name_snake}}_follow_up' })
export class {{Name}}FollowUp {
  [OptionalProps]?: 'createdAt' | 'beneficiary';

  @Field(() => ID, { description: 'Identifiant de la fiche.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The person, owned by the beneficiaries subgraph: only the key is kept here. */
  @Property({ type: 'uuid', hidden: true })
  beneficiaryId!: string;

  /** The organisation that wrote it (the identity's `organisation` claim): the row-level rule reads it. */
  @Property({ type: 'text', hidden: true })
  organisationId!: string;

  @Field({ description: 'Objet de la fiche (200 caractères au plus).' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'Date de l’échange ou de l’événement suivi (AAAA-MM-JJ).' })
  @Property({ type: 'date' })
  occurredOn!: string;

  @Property({ type: 'timestamptz', hidden: true })
  createdAt: Date = new Date();

  @Field(() => Beneficiary, { description: 'La personne suivie (sous-graphe beneficiaries).' })
  get beneficiary(): Beneficiary {
    return beneficiaryStub(this.beneficiaryId);
  }
}
