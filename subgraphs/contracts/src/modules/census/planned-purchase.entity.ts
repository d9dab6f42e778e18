import { randomUUID } from 'node:crypto';
import { DecimalScalar, LocalDateScalar } from '@maillage/subgraph-kit';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Buyer } from '../buyer/buyer.entity';
import { PlannedPurchaseStatus, PurchaseRecommendation } from './census.enums';

/** A lot of a planned purchase, as the buyer foresees it. */
@ObjectType({ description: 'Lot prévu d’un achat recensé.' })
export class PlannedLot {
  @Field(() => Int, { description: 'Numéro du lot (1, 2, …), unique dans l’achat.' })
  number!: number;

  @Field({ description: 'Intitulé du lot.' })
  title!: string;

  @Field(() => DecimalScalar, { description: 'Montant estimé du lot hors taxes, en euros (Decimal).' })
  amount!: string;
}

/**
 * Achat recensé (« recensement des marchés »): a buyer's purchase before its consultation is launched, as a
 * facilitator records it to decide which social device it can carry (DOMAIN.md §3.1: the feasibility study
 * comes before the choice of lots). It becomes a contract in one step, and the contract links back to it.
 */
@ObjectType({ description: 'Achat recensé : un achat prévu par un acheteur, avant le lancement de sa consultation, évalué pour un dispositif social.' })
@Entity({ tableName: 'planned_purchase' })
export class PlannedPurchase {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'lots' | 'contractId' | 'reason' | 'worksCommuneCode';

  @Field(() => ID, { description: 'Identifiant de l’achat recensé (peut être choisi par le client : une création rejouée ne crée rien de plus).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Buyer, { hidden: true })
  buyer!: Buyer;

  @Field({ description: 'Objet de l’achat.' })
  @Property({ type: 'text' })
  object!: string;

  @Field({ description: 'Code CPV principal, chiffre de contrôle compris (ex. 45210000-2).' })
  @Property({ length: 10 })
  cpvCode!: string;

  @Field(() => DecimalScalar, { description: 'Montant estimé hors taxes, en euros (Decimal).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  estimatedAmount!: string;

  @Field(() => LocalDateScalar, { description: 'Date prévue de lancement de la consultation : fixe le seuil européen applicable.' })
  @Property({ type: 'date' })
  expectedLaunchDate!: string;

  /** Commune of the works or of the service (INSEE code); the buyer's when not given. */
  @Property({ hidden: true, length: 5, nullable: true })
  worksCommuneCode?: string | null;

  @Field(() => [PlannedLot], { description: 'Lots prévus (vide : un seul lot pour tout l’achat).' })
  @Property({ type: 'json' })
  lots: PlannedLot[] = [];

  @Property({ hidden: true, type: 'decimal', precision: 5, scale: 4 })
  labourShare!: string;

  @Property({ hidden: true, type: 'decimal', precision: 5, scale: 4 })
  insertionRate!: string;

  @Property({ hidden: true, type: 'decimal', precision: 8, scale: 2 })
  hourlyCost!: string;

  @Field(() => PurchaseRecommendation, { description: 'Dispositif recommandé par le facilitateur.' })
  @Enum({ items: () => PurchaseRecommendation, nativeEnumName: 'purchase_recommendation' })
  recommendation!: PurchaseRecommendation;

  @Field(() => String, { nullable: true, description: 'Motif de la recommandation (obligatoire pour « aucun dispositif »).' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => PlannedPurchaseStatus, { description: 'Étape de l’achat recensé.' })
  @Enum({ items: () => PlannedPurchaseStatus, nativeEnumName: 'planned_purchase_status' })
  status: PlannedPurchaseStatus = PlannedPurchaseStatus.PLANNED;

  /** The contract it became (same subgraph), set once. */
  @Property({ hidden: true, type: 'uuid', nullable: true, unique: true })
  contractId?: string | null;

  /** Subject of whoever recorded it (never personal data beyond the account's id). */
  @Property({ hidden: true, type: 'text' })
  recordedBy!: string;

  @Property({ hidden: true })
  createdAt: Date = new Date();

  @Property({ hidden: true, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
