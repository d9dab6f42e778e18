import { DecimalScalar, LocalDateScalar } from '@maillage/subgraph-kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** What a threshold applies to: works, or supplies and services (Code de la commande publique, annexe 2). */
export enum ProcurementKind {
  WORKS = 'WORKS',
  SUPPLIES = 'SUPPLIES',
  SERVICES = 'SERVICES',
}

registerEnumType(ProcurementKind, {
  name: 'ProcurementKind',
  description: 'Nature du marché au sens des seuils européens.',
  valuesConfig: {
    WORKS: { description: 'Marché de travaux' },
    SUPPLIES: { description: 'Marché de fournitures' },
    SERVICES: { description: 'Marché de services' },
  },
});

/** Which buyers a threshold applies to: the State's central authorities, or every other public buyer. */
export enum ThresholdBuyerScope {
  CENTRAL = 'CENTRAL',
  OTHER = 'OTHER',
}

registerEnumType(ThresholdBuyerScope, {
  name: 'ThresholdBuyerScope',
  description: 'Acheteurs auxquels un seuil s’applique.',
  valuesConfig: {
    CENTRAL: { description: 'Autorités publiques centrales (l’État)' },
    OTHER: { description: 'Autres pouvoirs adjudicateurs (collectivités, établissements publics, bailleurs sociaux…)' },
  },
});

/**
 * A European procurement threshold (seuil de procédure formalisée) in effect over a period, with its source.
 * Thresholds are revised every two years by delegated regulations of the Commission and published in the
 * French Journal officiel; a contract is compared with the one in effect on its consultation's launch date.
 */
@ObjectType({ description: 'Seuil européen de procédure formalisée en vigueur sur une période, avec sa source.' })
@Entity({ tableName: 'eu_threshold' })
export class EuThreshold {
  @Field(() => ID, { description: 'Identifiant du seuil.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => LocalDateScalar, { description: 'Premier jour d’application.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Dernier jour d’application (vide : jusqu’à révision).' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @Field(() => Boolean, { description: 'Vrai pour les travaux, faux pour les fournitures et services.' })
  @Property({ type: 'boolean' })
  works!: boolean;

  @Field(() => ThresholdBuyerScope, { description: 'Acheteurs concernés (pour les travaux, le seuil est le même pour tous).' })
  @Enum({ items: () => ThresholdBuyerScope })
  buyerScope!: ThresholdBuyerScope;

  @Field(() => DecimalScalar, { description: 'Montant du seuil, en euros hors taxes (Decimal).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field({ description: 'Source publique du seuil (règlement délégué, avis au Journal officiel).' })
  @Property({ type: 'text' })
  source!: string;
}
