import { DecimalScalar } from '@maillage/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { InsertionClause } from '../clause/insertion-clause.entity';
import { ARTICLE_OF, SocialDeviceKind } from './social-device.enums';
import type { SocialDeviceRecord } from './social-device.entity';

/** A lot's social device as the graph shows it, whichever table holds it. */
@ObjectType({
  description:
    'Dispositif social d’un lot : condition d’exécution (L2112-2), critère d’attribution (L2152-7) ou réservation ' +
    '(L2113-12 aux EA et ESAT, L2113-13 aux SIAE). Un lot peut en porter plusieurs, un de chaque nature au plus ; ' +
    'seule la condition d’exécution porte un objectif d’heures.',
})
export class SocialDevice {
  @Field(() => ID, { description: 'Identifiant du dispositif (pour une condition d’exécution : celui de la clause d’insertion).' })
  id!: string;

  @Field(() => SocialDeviceKind, { description: 'Nature du dispositif.' })
  kind!: SocialDeviceKind;

  @Field({ description: 'Article du Code de la commande publique sur lequel il repose (ex. « L2112-2 »).' })
  article!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Objectif d’heures d’insertion (Decimal) : seulement pour une condition d’exécution ; vide pour un critère d’attribution ou une réservation (un lot réservé n’a pas d’objectif d’heures).',
  })
  hoursTarget!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Pondération du critère d’attribution, en % de la note (Decimal, 0 < p < 100 : art. R2152-12 ; le prix ou le coût reste un critère, art. R2152-7) ; vide pour les autres natures.',
  })
  weightPercent!: string | null;

  @Field(() => String, { nullable: true, description: 'Sous-critères du critère d’attribution, tels que le règlement de la consultation les énonce ; vide pour les autres natures.' })
  subCriteria!: string | null;

  /** The lot's id (for the `lot` field). */
  lotId!: string;

  /** The clause, for an execution condition (for the `clause` field). */
  clause!: InsertionClause | null;
}

/** The execution-condition device that a clause is. */
export function deviceOfClause(clause: InsertionClause): SocialDevice {
  return Object.assign(new SocialDevice(), {
    id: clause.id, kind: SocialDeviceKind.EXECUTION_CONDITION, article: ARTICLE_OF.EXECUTION_CONDITION,
    hoursTarget: clause.hoursTarget, weightPercent: null, subCriteria: null, lotId: clause.lot.id, clause,
  });
}

/** An award criterion's or a reservation's device. */
export function deviceOfRecord(record: SocialDeviceRecord): SocialDevice {
  return Object.assign(new SocialDevice(), {
    id: record.id, kind: record.kind, article: ARTICLE_OF[record.kind],
    hoursTarget: null, weightPercent: record.awardWeight ?? null, subCriteria: record.awardSubCriteria ?? null, lotId: record.lot.id, clause: null,
  });
}

/** The order devices are listed in: the kinds' order. */
export const KIND_ORDER = Object.values(SocialDeviceKind);
