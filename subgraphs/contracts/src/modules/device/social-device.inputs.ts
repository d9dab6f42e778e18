import { DecimalScalar, InsertionModality } from '@maillage/subgraph-kit';
import { Field, InputType } from 'type-graphql';
import { SubcontractingConversion } from '../clause/clause.enums';
import { HoursFormulaInput } from '../clause/insertion-clause.inputs';
import { SocialDeviceKind } from './social-device.enums';

/**
 * A device, written whole: its kind, then only the inputs that kind takes (a field of another kind is refused,
 * naming it). Flat, so that a form shows each error on its own field.
 */
@InputType({ description: 'Dispositif social d’un lot, décrit en entier : sa nature, puis les seules entrées de cette nature (une entrée d’une autre nature est refusée).' })
export class SocialDeviceInput {
  @Field(() => SocialDeviceKind, { description: 'Nature du dispositif.' })
  kind!: SocialDeviceKind;

  @Field(() => HoursFormulaInput, { nullable: true, description: 'Condition d’exécution : calcul de l’objectif d’heures (ses entrées sont conservées).' })
  formula?: HoursFormulaInput | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Condition d’exécution : objectif d’heures fixé à la main, qui remplace le calcul.' })
  manualHours?: string | null;

  @Field(() => String, { nullable: true, description: 'Condition d’exécution : justification du forçage manuel (obligatoire avec manualHours).' })
  manualJustification?: string | null;

  @Field(() => [InsertionModality], { nullable: true, description: 'Condition d’exécution : modalités de réalisation admises (aucune = toutes).' })
  modalities?: InsertionModality[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Condition d’exécution : part maximale de l’objectif que les heures de formation peuvent couvrir, dans [0, 1] (0.3 par défaut).' })
  trainingShareCap?: string | null;

  @Field(() => SubcontractingConversion, { nullable: true, description: 'Condition d’exécution : conversion en heures d’un montant sous-traité (heures attestées par défaut).' })
  subcontractingConversion?: SubcontractingConversion | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Condition d’exécution : taux horaire en euros, requis avec AMOUNT_DIVIDED_BY_RATE.' })
  subcontractingHourlyRate?: string | null;

  @Field(() => String, { nullable: true, description: 'Condition d’exécution : groupe de globalisation des heures.' })
  poolingGroup?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Critère d’attribution : pondération en % de la note, 0 < p < 100, deux décimales au plus (art. R2152-12 ; art. R2152-7 : le prix ou le coût reste un critère). Requise pour un critère d’attribution.' })
  weightPercent?: string | null;

  @Field(() => String, { nullable: true, description: 'Critère d’attribution : sous-critères, tels que le règlement de la consultation les énonce (2 000 caractères au plus).' })
  subCriteria?: string | null;
}
