import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ContractSector, DecimalScalar, InsertionModality } from '@maillage/subgraph-kit';

/** Contract, owned by the `contracts` subgraph: this subgraph knows its id and adds its insertion progress. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Marché public (ou privé) susceptible de porter une clause sociale.' })
export class Contract {
  @Field(() => ID, { description: 'Identifiant du marché.' })
  id!: string;

  /** Owned by contracts (`Decimal!`, as there): here only as the input of `insertionProgress` (`@requires`). */
  @Field(() => DecimalScalar, { description: 'Objectif d’heures d’insertion du marché (Decimal) : somme des objectifs des clauses de ses lots.' })
  @Directive('@external')
  hoursTarget?: string | null;

  /** Owned by contracts: the training hours that may count, here only as the input of `insertionProgress` (`@requires`). */
  @Field(() => DecimalScalar, { description: 'Heures de formation qui peuvent compter pour l’objectif (Decimal) : somme, sur les clauses des lots, de l’objectif × la part maximale de formation de la clause. Au-delà, les heures de formation sont rapportées à part dans insertionProgress.' })
  @Directive('@external')
  trainingHoursCap?: string | null;

  /** Owned by contracts: the hours converted from subcontracted amounts, here only as an input of `insertionProgress` (`@requires`). */
  @Field(() => DecimalScalar, { description: 'Heures converties des montants sous-traités à des SIAE, EA ou ESAT (Decimal) : montant ÷ taux horaire de la clause du lot, pour les clauses qui convertissent par taux. Comptées dans insertionProgress à part des heures travaillées.' })
  @Directive('@external')
  subcontractedHours?: string | null;

  /** Owned by contracts: what its clauses allow, here only as the input of `insertionProgress` (`@requires`). */
  @Field(() => [InsertionModality], { description: 'Modalités par lesquelles les heures comptent pour l’objectif : celles qu’admettent les clauses des lots du marché (toutes si aucune clause n’en restreint). Les heures d’une autre modalité sont rapportées à part dans insertionProgress (CCAG 2021, clause d’insertion : les modalités de mise en œuvre sont fixées par les documents du marché).' })
  @Directive('@external')
  allowedModalities?: InsertionModality[] | null;

  /** Owned by contracts: its sector gives the contract's main trade, here only as the input of `jobDiversity` (`@requires`). */
  @Field(() => ContractSector, { description: 'Secteur d’activité.' })
  @Directive('@external')
  sector?: ContractSector | null;
}

/** The federation stub for a contract id. */
export function contractStub(id: string): Contract {
  return Object.assign(new Contract(), { id });
}
