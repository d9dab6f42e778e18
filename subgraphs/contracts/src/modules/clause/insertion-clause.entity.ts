import { randomUUID } from 'node:crypto';
import { DecimalScalar } from '@maillage/subgraph-kit';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Lot } from '../lot/lot.entity';

/** The training share cap of a clause that sets none: a facilitators' choice (no national rule found), see the migration. */
export const DEFAULT_TRAINING_SHARE_CAP = '0.3000';
import { InsertionModality, LegalBasis, SubcontractingConversion } from './clause.enums';

/**
 * Clause sociale d'insertion on a lot. The hours target is the manual override when there is one, else the
 * formula's result; every input of the formula is stored (the database checks both rules).
 */
@ObjectType({ description: 'Clause sociale d’insertion d’un lot : fondement, objectif d’heures et comment il a été fixé.' })
@Entity({ tableName: 'insertion_clause' })
export class InsertionClause {
  [OptionalProps]?: 'modalities' | 'trainingShareCap' | 'subcontractingConversion' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Identifiant de la clause.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Lot, { hidden: true, unique: true })
  lot!: Lot;

  @Field(() => LegalBasis, {
    description: 'Fondement juridique enregistré avec la clause.',
    deprecationReason: 'Remplacé par SocialDevice.kind : la clause est la condition d’exécution du lot (L2112-2) ; critère d’attribution et réservations sont des dispositifs à part.',
  })
  @Enum({ items: () => LegalBasis, nativeEnumName: 'legal_basis' })
  legalBasis!: LegalBasis;

  @Field(() => DecimalScalar, { description: 'Objectif d’heures d’insertion retenu (Decimal) : le forçage manuel s’il existe, sinon le calcul.' })
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  hoursTarget!: string;

  @Property({ hidden: true, type: 'decimal', precision: 14, scale: 2, nullable: true })
  formulaAmount?: string | null;

  @Property({ hidden: true, type: 'decimal', precision: 5, scale: 4, nullable: true })
  labourShare?: string | null;

  @Property({ hidden: true, type: 'decimal', precision: 5, scale: 4, nullable: true })
  insertionRate?: string | null;

  @Property({ hidden: true, type: 'decimal', precision: 8, scale: 2, nullable: true })
  hourlyCost?: string | null;

  @Property({ hidden: true, type: 'decimal', precision: 10, scale: 2, nullable: true })
  formulaHours?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures fixées à la main, en remplacement du calcul (Decimal).' })
  @Property({ type: 'decimal', precision: 10, scale: 2, nullable: true })
  manualHours?: string | null;

  @Field(() => String, { nullable: true, description: 'Justification du forçage manuel (obligatoire avec lui).' })
  @Property({ type: 'text', nullable: true })
  manualJustification?: string | null;

  @Field(() => [InsertionModality], { description: 'Modalités de réalisation admises (vocabulaire commun du graphe ; aucune = toutes admises). Les heures d’une autre modalité sont rapportées à part, non comptées (Contract.insertionProgress).' })
  @Enum({ items: () => InsertionModality, array: true, columnType: 'text[]' })
  modalities: InsertionModality[] = [];

  @Field(() => DecimalScalar, { description: `Part maximale de l’objectif d’heures que les heures de formation peuvent couvrir, dans [0, 1] (0.3 = 30 %). Au-delà, les heures de formation sont rapportées à part et ne comptent pas. Par défaut ${DEFAULT_TRAINING_SHARE_CAP} : choix des facilitateurs (aucune règle nationale publiée ; le CCAG 2021 laisse les modalités au contrat).` })
  @Property({ type: 'decimal', precision: 5, scale: 4 })
  trainingShareCap: string = DEFAULT_TRAINING_SHARE_CAP;

  @Field(() => SubcontractingConversion, { description: 'Conversion en heures d’un montant sous-traité.' })
  @Enum({ items: () => SubcontractingConversion, nativeEnumName: 'subcontracting_conversion' })
  subcontractingConversion: SubcontractingConversion = SubcontractingConversion.ATTESTED_HOURS;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Taux horaire en euros (Decimal) divisant le montant sous-traité, avec AMOUNT_DIVIDED_BY_RATE.',
  })
  @Property({ type: 'decimal', precision: 8, scale: 2, nullable: true })
  subcontractingHourlyRate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Groupe de globalisation : les clauses d’un même acheteur portant ce libellé mutualisent leurs heures.',
  })
  @Property({ nullable: true })
  poolingGroup?: string | null;

  @Property({ hidden: true })
  createdAt: Date = new Date();

  @Property({ hidden: true, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
