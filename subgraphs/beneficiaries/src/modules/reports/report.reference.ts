import { ContractSector, DecimalScalar } from '@maillage/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by contracts: a contract of a report and its sector (the input of `jobDiversity`). */
@ObjectType({ description: 'Un marché du périmètre d’un bilan et son secteur d’activité.' })
export class ReportContractSector {
  @Field(() => ID, { description: 'Identifiant du marché.' })
  @Directive('@external')
  contractId!: string;

  @Field(() => ContractSector, { description: 'Secteur d’activité du marché.' })
  @Directive('@external')
  sector!: ContractSector;
}


/**
 * A report (« bilan »), owned by the contracts subgraph, which knows the scope's contracts. This subgraph
 * adds the hours, people, profiles and outcomes (`insertion`) from the fields it requires.
 */
@Directive('@key(fields: "key")')
@ObjectType({ description: 'Bilan des clauses sociales d’un périmètre sur une période (registre des marchés ; heures et personnes : champ `insertion`).' })
export class InsertionReport {
  @Field(() => ID, { description: 'Clé du bilan (périmètre, période, diviseur).' })
  key!: string;

  @Field(() => [ID], { description: 'Marchés du périmètre portant au moins une clause d’insertion (hors brouillons et annulés), quelle que soit leur période.' })
  @Directive('@external')
  contractIds?: string[];

  @Field({ description: 'Premier jour de la période (AAAA-MM-JJ).' })
  @Directive('@external')
  periodStart?: string;

  @Field({ description: 'Dernier jour de la période, inclus (AAAA-MM-JJ).' })
  @Directive('@external')
  periodEnd?: string;

  @Field(() => DecimalScalar, {
    description: 'Diviseur des équivalents temps plein (ETP = heures ÷ diviseur) : 1 607 h par défaut, durée légale annuelle ' +
      '(Code du travail L3121-27 : 35 h × 52 semaines moins congés et fériés, plus la journée de solidarité) ; ' +
      'la consolidation nationale 2021 du réseau a utilisé 1 600 h.',
  })
  @Directive('@external')
  fteDivisor?: string;

  @Field(() => DecimalScalar, { description: 'Objectif d’heures d’insertion : somme des objectifs des clauses de ces marchés (objectif total du marché, non proratisé).' })
  @Directive('@external')
  hoursTarget?: string;

  @Field(() => [ReportContractSector], { description: 'Secteur d’activité de chaque marché du périmètre (métier principal de ses postes).' })
  @Directive('@external')
  contractSectors?: ReportContractSector[];
}
