import { DecimalScalar } from '@maillage/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Une case d’un tableau d’indicateurs : une catégorie, ses personnes, mises en emploi ou heures (vide si masquée : moins de 5 personnes).' })
export class IndicatorCell {
  @Field({ description: 'Code de la catégorie (ex. UNDER_26, CDDI, DURABLE_EMPLOYMENT).' })
  category!: string;

  @Field({ description: 'Libellé de la catégorie, en français.' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Nombre de personnes.' })
  people!: number | null;

  @Field(() => Int, { nullable: true, description: 'Nombre de mises en emploi (tableaux de contrats et de durées ; 0 ailleurs).' })
  placements!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures (tableaux d’heures ; vide ailleurs).' })
  hours!: string | null;

  @Field({ description: 'Vrai si la case est masquée : trop peu de personnes pour votre rôle (et la plus petite suivante, pour qu’elle ne se déduise pas du total).' })
  suppressed!: boolean;
}

@ObjectType({ description: 'Profil des personnes à leur entrée : au début de leur première mise en emploi du périmètre sur la période.' })
export class EntryProfile {
  @Field(() => [IndicatorCell], { description: 'Par tranche d’âge à l’entrée : moins de 26 ans, 26 à 49 ans, 50 ans et plus (tranches des publics de l’IAE).' })
  ageBands!: IndicatorCell[];

  @Field(() => [IndicatorCell], { description: 'Par sexe.' })
  sex!: IndicatorCell[];

  @Field(() => [IndicatorCell], {
    description: 'Par famille de critères d’éligibilité validés à l’entrée (une personne compte une fois par famille, et dans plusieurs familles si elle a plusieurs critères). ' +
      'Les familles « handicap (RQTH, AAH) » et « justice » ne sont données qu’aux rôles qui peuvent lire ces données (facilitateurs, administrateurs).',
  })
  criteriaFamilies!: IndicatorCell[];

  @Field(() => [IndicatorCell], { description: 'Résidence en quartier prioritaire de la politique de la ville (QPV) à l’entrée.' })
  qpv!: IndicatorCell[];

  @Field(() => [IndicatorCell], { description: 'Par niveau de qualification (cadre national des certifications, niveaux 3 à 8 ; infra 3).' })
  qualification!: IndicatorCell[];

  @Field(() => Int, { nullable: true, description: 'Personnes reconnues travailleurs handicapés (RQTH) à l’entrée — donnée de santé : vide pour les rôles qui ne peuvent pas la lire.' })
  rqth!: number | null;
}

@ObjectType({ description: 'Indicateurs d’insertion d’un bilan (agrégats seulement ; masqués sous 5 personnes pour les rôles sans accès individuel).' })
export class InsertionIndicators {
  @Field({ description: 'Vrai si tous les chiffres sont masqués : le périmètre couvre de 1 à 4 personnes et votre rôle ne voit pas les personnes.' })
  suppressed!: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures réalisées : heures travaillées et de formation des relevés en vigueur des mois de la période, sur les marchés du périmètre.' })
  hoursRealised!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Dont heures travaillées.' })
  hoursWorked!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Dont heures de formation déclarées sur les relevés.' })
  trainingHours!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Objectif d’heures (sous-graphe contracts) : somme des objectifs des clauses des marchés en exécution sur la période.' })
  hoursTarget!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Taux de réalisation : heures réalisées ÷ objectif (4 décimales ; vide sans objectif).' })
  ratio!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Équivalents temps plein : heures réalisées ÷ diviseur du bilan (2 décimales).' })
  fte!: string | null;

  @Field(() => Int, { nullable: true, description: 'Personnes ayant des heures déclarées sur la période.' })
  people!: number | null;

  @Field(() => Int, { nullable: true, description: 'Personnes en mise en emploi sur la période (mise en emploi qui recoupe la période).' })
  peoplePlaced!: number | null;

  @Field(() => Int, { nullable: true, description: 'Mises en emploi qui recoupent la période (contrats de travail, missions, prestations).' })
  placements!: number | null;

  @Field(() => [IndicatorCell], {
    description: 'Heures par nature : emploi (embauche directe, ETTI, AI, GEIQ), sous-traitance et co-traitance (SIAE, EA, ESAT), formation ' +
      '(heures de formation des relevés et modalité formation). La conversion d’un montant sous-traité en heures viendra s’ajouter ici.',
  })
  hoursByKind!: IndicatorCell[];

  @Field(() => [IndicatorCell], { description: 'Heures et personnes par modalité de réalisation.' })
  byModality!: IndicatorCell[];

  @Field(() => [IndicatorCell], { description: 'Heures et personnes par mois (AAAA-MM), du plus ancien au plus récent.' })
  byMonth!: IndicatorCell[];

  @Field(() => EntryProfile, { description: 'Profil des personnes à l’entrée.' })
  profile!: EntryProfile;

  @Field(() => [IndicatorCell], { description: 'Mises en emploi par type de contrat de travail.' })
  contractTypes!: IndicatorCell[];

  @Field(() => [IndicatorCell], { description: 'Mises en emploi par durée prévue : moins d’1 mois, 1 à 3 mois, 3 à 6 mois, plus de 6 mois, sans fin prévue.' })
  contractDurations!: IndicatorCell[];

  @Field(() => [IndicatorCell], { description: 'Sorties constatées sur la période, à la fin du parcours, par catégorie (emploi durable, de transition, sortie positive…).' })
  outcomesAtExit!: IndicatorCell[];

  @Field(() => [IndicatorCell], { description: 'Situations constatées sur la période six mois après la sortie, par catégorie.' })
  outcomesAtSixMonths!: IndicatorCell[];
}
