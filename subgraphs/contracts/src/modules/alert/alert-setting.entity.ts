import { DecimalScalar } from '@maillage/subgraph-kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** The tolerance applied when a facilitator has set none: 10 points between elapsed time and hours realised. */
export const DEFAULT_PACE_TOLERANCE = '10.00';

/**
 * A facilitator's alert settings, keyed by the subject of their identity (never a name or an e-mail):
 * the pace tolerance of their alerts, and the address of their weekly digest (none: no digest). The
 * territories of their token are kept with it, so that the digest — sent by a service, without the
 * facilitator's token — lists what the facilitator would see.
 */
@ObjectType('AlertSettings', { description: 'Réglages des alertes d’un facilitateur (les siens seulement).' })
@Entity({ tableName: 'alert_setting' })
export class AlertSetting {
  @PrimaryKey({ type: 'text' })
  subject!: string;

  @Field(() => DecimalScalar, {
    description: 'Tolérance de l’alerte « marché en retard », en points de pourcentage (0 à 50) : un marché est en retard quand la part de la période d’exécution écoulée dépasse la part de l’objectif d’heures réalisée de plus que cette tolérance. 10 par défaut.',
  })
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  paceTolerance: string = DEFAULT_PACE_TOLERANCE;

  @Field(() => String, { nullable: true, description: 'Adresse électronique du récapitulatif hebdomadaire des alertes (vide : pas de récapitulatif).' })
  @Property({ type: 'text', nullable: true })
  digestEmail?: string | null;

  @Property({ hidden: true, type: 'jsonb' })
  territories: string[] = [];

  @Property({ hidden: true, type: 'timestamptz' })
  updatedAt: Date = new Date();
}
