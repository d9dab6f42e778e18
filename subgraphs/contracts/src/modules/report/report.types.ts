import { DecimalScalar, ReportScopeKind } from '@maillage/subgraph-kit';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Buyer, BuyerKind } from '../buyer/buyer.entity';

/** What a report covers: one enum for the graph, in the kit (the directory reads it too). */
export { ReportScopeKind };

@InputType({ description: 'Périmètre d’un bilan : un type, et l’identifiant ou le code qu’il demande.' })
export class ReportScopeInput {
  @Field(() => ReportScopeKind, { description: 'Type de périmètre.' })
  kind!: ReportScopeKind;

  @Field(() => ID, { nullable: true, description: 'Identifiant du marché (CONTRACT) ou de l’acheteur (BUYER).' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE du département (DEPARTMENT) ou de la région (REGION).' })
  code?: string | null;
}

@InputType({ description: 'Période d’un bilan : une année civile, ou deux dates incluses (10 ans au plus). Par défaut : la dernière année civile complète.' })
export class ReportPeriodInput {
  @Field(() => Int, { nullable: true, description: 'Année civile (du 1er janvier au 31 décembre).' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Premier jour (AAAA-MM-JJ).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Dernier jour, inclus (AAAA-MM-JJ).' })
  to?: string | null;
}

/**
 * A report: its scope, its period, its divisor, and the register's figures. The hours, people and
 * profiles come from the beneficiaries subgraph, which adds `InsertionReport.insertion` from the
 * `contractIds` and the period given here (`@requires`).
 */
@Directive('@key(fields: "key")')
@ObjectType({ description: 'Bilan des clauses sociales d’un périmètre sur une période (registre des marchés ; heures et personnes : champ `insertion`).' })
export class InsertionReport {
  @Field(() => ID, { description: 'Clé du bilan (périmètre, période, diviseur).' })
  key!: string;

  @Field(() => ReportScopeKind, { description: 'Type de périmètre.' })
  scopeKind!: ReportScopeKind;

  @Field(() => String, { nullable: true, description: 'Identifiant ou code du périmètre (vide pour la nation et le territoire du facilitateur).' })
  scopeCode!: string | null;

  @Field({ description: 'Libellé du périmètre (raison sociale de l’acheteur, référence du marché, « Département 69 »…).' })
  label!: string;

  @Field({ description: 'Premier jour de la période (AAAA-MM-JJ).' })
  periodStart!: string;

  @Field({ description: 'Dernier jour de la période, inclus (AAAA-MM-JJ).' })
  periodEnd!: string;

  @Field(() => DecimalScalar, {
    description: 'Diviseur des équivalents temps plein (ETP = heures ÷ diviseur) : 1 607 h par défaut, durée légale annuelle ' +
      '(Code du travail L3121-27 : 35 h × 52 semaines moins congés et fériés, plus la journée de solidarité) ; ' +
      'la consolidation nationale 2021 du réseau a utilisé 1 600 h.',
  })
  fteDivisor!: string;

  @Field(() => [ID], { description: 'Marchés du périmètre portant au moins une clause d’insertion (hors brouillons et annulés), quelle que soit leur période.' })
  contractIds!: string[];

  @Field(() => Int, { description: 'Marchés clausés en exécution sur la période : au moins une clause, exécution qui recoupe la période (hors brouillons et annulés).' })
  contracts!: number;

  @Field(() => Int, { description: 'Acheteurs (maîtres d’ouvrage) de ces marchés.' })
  buyers!: number;

  @Field(() => Int, { description: 'Entreprises attributaires (titulaires, co-traitants, sous-traitants) de ces marchés.' })
  companies!: number;

  @Field(() => DecimalScalar, { description: 'Objectif d’heures d’insertion : somme des objectifs des clauses de ces marchés (objectif total du marché, non proratisé).' })
  hoursTarget!: string;

  @Field(() => Buyer, { nullable: true, description: 'L’acheteur, pour un bilan d’acheteur ou de marché.' })
  buyer!: Buyer | null;

  /** For the national consolidation: the buyer kind a sub-report covers. */
  @Field(() => BuyerKind, { nullable: true, description: 'Nature d’acheteur couverte (sous-bilans de la consolidation nationale).' })
  buyerKind!: BuyerKind | null;
}
