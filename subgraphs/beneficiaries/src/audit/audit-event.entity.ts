import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** One line of the audit log: who read or wrote which fields of whom, when. Append-only (see the migration). */
@ObjectType({ description: 'Événement du journal d’audit des données personnelles (lecture sensible ou écriture).' })
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  @Field(() => ID, { description: 'Numéro d’ordre de l’événement.' })
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Field(() => Date, { description: 'Moment de l’événement.' })
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Qui : sujet du jeton (identifiant, jamais un nom).' })
  @Property({ type: 'text', nullable: true })
  subject?: string | null;

  @Field({ description: 'Rôle de l’auteur.' })
  @Property({ type: 'text' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Organisation de l’auteur (SIRET ou identifiant).' })
  @Property({ type: 'text', nullable: true })
  organisation?: string | null;

  @Field(() => ID, { nullable: true, description: 'Identifiant de la personne concernée.' })
  @Property({ type: 'uuid', nullable: true })
  beneficiaryId?: string | null;

  @Field({ description: 'Opération : READ, CREATE, UPDATE, DECLARE_HOURS, ERASE, EXPORT…' })
  @Property({ type: 'text' })
  operation!: string;

  @Field(() => [String], { description: 'Champs lus ou écrits.' })
  @Property({ type: 'text[]' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'Identifiant de la requête (corrélation avec les journaux techniques).' })
  @Property({ type: 'text', nullable: true })
  requestId?: string | null;
}
