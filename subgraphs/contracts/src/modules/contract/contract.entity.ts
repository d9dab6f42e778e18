import { randomUUID } from 'node:crypto';
import { DecimalScalar, LocalDateScalar } from '@maillage/subgraph-kit';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Buyer } from '../buyer/buyer.entity';
import { ProcurementKind } from '../threshold/eu-threshold.entity';
import { ContractSector, ContractStatus } from './contract.enums';

/** Marché public: a contract that may carry insertion clauses on its lots. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Marché public (ou privé) susceptible de porter une clause sociale.' })
@Entity({ tableName: 'contract' })
@Unique({ properties: ['buyer', 'reference'] })
export class Contract {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Identifiant du marché.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: "Référence du marché, unique chez l'acheteur (ex. 2026-VIL-014)." })
  @Property()
  reference!: string;

  @Field({ description: 'Objet du marché.' })
  @Property()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Description libre du marché.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => ContractSector, { description: 'Secteur d’activité.' })
  @Enum({ items: () => ContractSector, nativeEnumName: 'contract_sector' })
  sector!: ContractSector;

  @Field(() => DecimalScalar, { nullable: true, description: 'Montant estimé hors taxes, en euros (Decimal, ex. "1250000.00").' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  estimatedAmount?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date de notification au titulaire.' })
  @Property({ type: 'date', nullable: true })
  notificationDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début d’exécution (prévu ou réel).' })
  @Property({ type: 'date', nullable: true })
  executionStart?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin d’exécution (prévue ou réelle), après le début.' })
  @Property({ type: 'date', nullable: true })
  executionEnd?: string | null;

  @Field(() => ProcurementKind, { nullable: true, description: 'Nature du marché au sens des seuils européens (travaux, fournitures, services).' })
  @Enum({ items: () => ProcurementKind, nativeEnumName: 'procurement_kind', nullable: true })
  procurementKind?: ProcurementKind | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Date de lancement de la consultation (envoi de l’avis d’appel public à la concurrence) : fixe le seuil européen applicable et l’obligation sociale de 2026.',
  })
  @Property({ type: 'date', nullable: true })
  consultationLaunchDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Code CPV principal, chiffre de contrôle compris (ex. 45210000-2) ; sa division (deux premiers chiffres) sert au rapprochement avec les structures.' })
  @Property({ length: 10, nullable: true })
  cpvCode?: string | null;

  /** INSEE code of the commune of the works or service; the buyer's commune when not given. */
  @Property({ hidden: true, length: 5, nullable: true })
  worksCommuneCode?: string | null;

  @Field(() => ContractStatus, { description: 'Étape du cycle de vie.' })
  @Enum({ items: () => ContractStatus, nativeEnumName: 'contract_status' })
  status: ContractStatus = ContractStatus.DRAFT;

  /** Id of a `Facilitator` of the `directory` subgraph (exposed as a stub). */
  @Property({ hidden: true, type: 'uuid', nullable: true })
  facilitatorId?: string | null;

  @ManyToOne(() => Buyer, { hidden: true })
  buyer!: Buyer;

  @Property({ hidden: true })
  createdAt: Date = new Date();

  @Property({ hidden: true, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
