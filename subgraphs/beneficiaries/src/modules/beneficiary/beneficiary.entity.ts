import { randomUUID } from 'node:crypto';
import { Entity, type Opt, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Guarded } from '../../access/field-guard';
import { LocalDateScalar } from '../shared/scalars';
import { QualificationLevel, Sex } from './beneficiary.enums';

/**
 * Personne en parcours: personal data. Each personal field is guarded by its rule in the access table
 * (access/access-table.ts) and nullable, so that a field the viewer may not read is null with a FORBIDDEN
 * error while the rest resolves. Other subgraphs only ever see aggregates. Never the NIR.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Personne en parcours d’insertion (données personnelles protégées, accès selon la table d’accès).' })
@Entity({ tableName: 'beneficiary' })
export class Beneficiary {
  @Field(() => ID, { description: 'Identifiant de la personne (aléatoire, ne révèle rien).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { nullable: true, description: 'Prénom (vide après effacement).' })
  @Guarded('firstName')
  @Property({ type: 'text', nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Nom de famille (vide après effacement).' })
  @Guarded('lastName')
  @Property({ type: 'text', nullable: true })
  lastName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date de naissance.' })
  @Guarded('birthDate')
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Sexe.' })
  @Guarded('sex')
  @Enum({ items: () => Sex, nullable: true })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'Adresse électronique de contact.' })
  @Guarded('email')
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone de contact.' })
  @Guarded('phone')
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Identifiant France Travail (11 chiffres, ou 8 caractères ancien format).' })
  @Guarded('franceTravailId')
  @Property({ type: 'varchar', length: 11, nullable: true })
  franceTravailId?: string | null;

  /** Exposed as `residenceCommune` (a Commune stub) by the resolver. */
  @Property({ hidden: true, type: 'varchar', length: 5, nullable: true })
  residenceCommuneCode?: string | null;

  /** Kept after erasure: the territory's facilitators stay answerable for the anonymised record. */
  @Property({ hidden: true, type: 'varchar', length: 3 })
  departmentCode!: string;

  @Field(() => Boolean, { nullable: true, description: 'Réside dans un quartier prioritaire de la politique de la ville (QPV).' })
  @Guarded('qpvResident')
  @Property({ type: 'boolean', nullable: true })
  qpvResident?: boolean | null;

  @Field(() => QualificationLevel, { nullable: true, description: 'Niveau de qualification.' })
  @Guarded('qualificationLevel')
  @Enum({ items: () => QualificationLevel, nullable: true })
  qualificationLevel?: QualificationLevel | null;

  /** Exposed as `referentStructure` (a Structure stub) by the resolver. */
  @Property({ hidden: true, type: 'uuid', nullable: true })
  referentStructureId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date du consentement de la personne au traitement de ses données.' })
  @Guarded('consentDate')
  @Property({ type: 'date', nullable: true })
  consentDate?: string | null;

  @Field(() => Date, { nullable: true, description: 'Date d’effacement (droit à l’effacement) : l’identité a été anonymisée.' })
  @Property({ type: 'timestamptz', nullable: true })
  erasedAt?: Date | null;

  @Property({ hidden: true, type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ hidden: true, type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
