import { DecimalScalar } from '@maillage/subgraph-kit';
import { Field, InputType } from 'type-graphql';
import { InsertionModality, LegalBasis, SubcontractingConversion } from './clause.enums';

/** The four inputs of the hours formula. */
@InputType({ description: 'Entrées du calcul : montant HT × part de main-d’œuvre × taux d’insertion ÷ coût horaire.' })
export class HoursFormulaInput {
  @Field(() => DecimalScalar, { description: 'Montant hors taxes, en euros (≥ 0, 2 décimales au plus).' })
  amount!: string;

  @Field(() => DecimalScalar, { description: 'Part de main-d’œuvre dans le montant, dans ]0, 1] (0.5 = 50 %).' })
  labourShare!: string;

  @Field(() => DecimalScalar, { description: 'Taux d’insertion appliqué aux heures de main-d’œuvre, dans ]0, 1] (0.05 = 5 %).' })
  insertionRate!: string;

  @Field(() => DecimalScalar, { description: 'Coût horaire moyen chargé, en euros (> 0).' })
  hourlyCost!: string;
}

/** A clause, written whole (setting it again with the same input changes nothing). */
@InputType({ description: 'Clause sociale d’insertion d’un lot, décrite en entier (remplace la précédente).' })
export class InsertionClauseInput {
  @Field(() => LegalBasis, { description: 'Fondement juridique.' })
  legalBasis!: LegalBasis;

  @Field(() => HoursFormulaInput, { nullable: true, description: 'Calcul de l’objectif d’heures (ses entrées sont conservées).' })
  formula?: HoursFormulaInput | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Objectif d’heures fixé à la main, qui remplace le calcul.' })
  manualHours?: string | null;

  @Field(() => String, { nullable: true, description: 'Justification du forçage manuel (obligatoire avec manualHours).' })
  manualJustification?: string | null;

  @Field(() => [InsertionModality], { defaultValue: [], description: 'Modalités de réalisation admises (aucune = toutes). Les anciennes valeurs TEMPORARY_WORK_ETTI, STAFF_PROVISION_AI_GEIQ et SUBCONTRACTING sont remplacées par les valeurs précises qu’elles recouvrent.' })
  modalities!: InsertionModality[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Part maximale de l’objectif que les heures de formation peuvent couvrir, dans [0, 1] (0.3 = 30 %, la valeur par défaut : choix des facilitateurs).' })
  trainingShareCap?: string | null;

  @Field(() => SubcontractingConversion, {
    defaultValue: SubcontractingConversion.ATTESTED_HOURS,
    description: 'Conversion en heures d’un montant sous-traité.',
  })
  subcontractingConversion!: SubcontractingConversion;

  @Field(() => DecimalScalar, { nullable: true, description: 'Taux horaire en euros, requis avec AMOUNT_DIVIDED_BY_RATE.' })
  subcontractingHourlyRate?: string | null;

  @Field(() => String, { nullable: true, description: 'Groupe de globalisation des heures (libellé, propre à l’acheteur).' })
  poolingGroup?: string | null;
}
