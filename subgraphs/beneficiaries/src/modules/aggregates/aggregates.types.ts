import { InsertionModality } from '@maillage/subgraph-kit';
import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Modality } from '../placement/placement.enums';
import { DecimalScalar } from '../shared/scalars';

@ObjectType({ description: 'Heures d’une modalité (vide si masqué : moins de 5 personnes).' })
export class ModalityHours {
  @Field(() => Modality, { description: 'Modalité.' })
  modality!: Modality;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures réalisées (travail et formation).' })
  hours!: string | null;

  @Field(() => Int, { nullable: true, description: 'Nombre de personnes.' })
  people!: number | null;

  @Field({ description: 'Vrai si masqué : trop peu de personnes pour votre rôle.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'Heures d’un mois (vide si masqué : moins de 5 personnes).' })
export class MonthHours {
  @Field({ description: 'Mois (AAAA-MM).' })
  month!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures réalisées (travail et formation).' })
  hours!: string | null;

  @Field(() => Int, { nullable: true, description: 'Nombre de personnes.' })
  people!: number | null;

  @Field({ description: 'Vrai si masqué : trop peu de personnes pour votre rôle.' })
  suppressed!: boolean;
}

/**
 * What every aggregate of this subgraph gives: the hours realised over the current versions of the
 * statements, the people behind them, breakdowns. For roles that may not see individuals, an aggregate
 * covering 1 to 4 people is suppressed: its figures are null and `suppressed` says why.
 */
@InterfaceType({ description: 'Agrégat d’heures d’insertion (relevés en vigueur), masqué sous 5 personnes pour les rôles sans accès individuel.' })
export abstract class HoursAggregate {
  @Field({ description: 'Vrai si les chiffres sont masqués parce qu’ils couvrent moins de 5 personnes (rôles sans accès individuel).' })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Pourquoi les chiffres sont masqués.' })
  suppressionReason!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures réalisées : heures travaillées et de formation des relevés en vigueur.' })
  hoursRealised!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Dont heures de formation.' })
  trainingHours!: string | null;

  @Field(() => Int, { nullable: true, description: 'Nombre de personnes ayant des heures déclarées.' })
  people!: number | null;

  @Field(() => String, { nullable: true, description: 'Dernier mois déclaré (AAAA-MM).' })
  lastMonthDeclared!: string | null;

  @Field(() => [ModalityHours], { description: 'Par modalité.' })
  byModality!: ModalityHours[];

  @Field(() => [MonthHours], { description: 'Par mois, du plus ancien au plus récent.' })
  byMonth!: MonthHours[];
}

@ObjectType({ implements: HoursAggregate, description: 'Avancement de la clause d’insertion d’un marché (agrégats seulement, aucune donnée personnelle).' })
export class InsertionProgress extends HoursAggregate {
  @Field(() => DecimalScalar, { nullable: true, description: 'Objectif d’heures du marché (sous-graphe contracts ; vide s’il est inconnu).' })
  hoursTarget!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures comptées pour l’objectif : heures réalisées dans les modalités qu’admet la clause, la formation au plus jusqu’à son plafond, plus les heures converties de la sous-traitance (vide si elles révéleraient un détail masqué).' })
  hoursCounted!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures réalisées dans une modalité que la clause n’admet pas : rapportées ici, non comptées pour l’objectif (vide si elles révéleraient un détail masqué).' })
  hoursNotAllowed!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures converties des montants sous-traités à des SIAE, EA ou ESAT (montant ÷ taux de la clause ; sous-graphe contracts), comptées pour l’objectif à part des heures travaillées (incluses dans hoursCounted, pas dans hoursRealised).' })
  subcontractedHours!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures de formation (modalité TRAINING et heures de formation des relevés, dans les modalités admises) comptées pour l’objectif : au plus le plafond de formation des clauses (Contract.trainingHoursCap).' })
  trainingHoursCounted!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures de formation au-delà du plafond des clauses : rapportées ici, non comptées pour l’objectif.' })
  trainingHoursOverCap!: string | null;

  @Field(() => [InsertionModality], { description: 'Modalités ayant des heures que la clause n’admet pas (heures rapportées à part, non comptées).' })
  modalitiesNotAllowed!: InsertionModality[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Taux de réalisation : heures comptées ÷ objectif (4 décimales ; vide sans objectif). Seules les heures des modalités qu’admet la clause comptent.' })
  ratio!: string | null;
}

@ObjectType({ implements: HoursAggregate, description: 'Statistiques des mises en emploi d’une structure employeuse (agrégats seulement).' })
export class PlacementStats extends HoursAggregate {
  @Field(() => Int, { nullable: true, description: 'Nombre de mises en emploi.' })
  placements!: number | null;

  @Field(() => Int, { nullable: true, description: 'Dont en cours aujourd’hui.' })
  activePlacements!: number | null;
}

@ObjectType({ implements: HoursAggregate, description: 'Heures d’insertion réalisées chez une entreprise employeuse (agrégats seulement).' })
export class InsertionHours extends HoursAggregate {}
