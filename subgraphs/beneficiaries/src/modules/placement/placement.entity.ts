import { randomUUID } from 'node:crypto';
import { Entity, type Opt, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/scalars';
import { EligibilityBasis, EmploymentContractType, Modality, SiaeKind } from './placement.enums';
import { passIaeEndDate } from './placement.iae';

/**
 * A person working on a contract (and lot) for an employer — a company by SIRET or a structure by id —
 * through a modality. Work data: readable by the territory's facilitators, the referent and the employer.
 * Its key lets other subgraphs add fields to it (trainings: the hours a training organisation attested);
 * `resolvable: false`, because no subgraph hands a placement back here by its id.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'Mise en emploi d’une personne sur un marché, chez un employeur, selon une modalité.' })
@Entity({ tableName: 'placement' })
export class Placement {
  @Field(() => ID, { description: 'Identifiant de la mise en emploi.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ hidden: true, type: 'uuid' })
  beneficiaryId!: string;

  @Property({ hidden: true, type: 'uuid' })
  pathId!: string;

  /** Exposed as `contract` (a Contract stub) by the resolver. */
  @Property({ hidden: true, type: 'uuid' })
  contractId!: string;

  @Field(() => ID, { nullable: true, description: 'Identifiant du lot du marché (sous-graphe contracts), s’il y a lieu.' })
  @Property({ type: 'uuid', nullable: true })
  lotId?: string | null;

  /** Exposed as `employerCompany` by the resolver. */
  @Property({ hidden: true, type: 'varchar', length: 14, nullable: true })
  employerSiret?: string | null;

  /** Exposed as `employerStructure` by the resolver. */
  @Property({ hidden: true, type: 'uuid', nullable: true })
  employerStructureId?: string | null;

  @Field(() => Modality, { description: 'Modalité de mise en œuvre.' })
  @Enum({ items: () => Modality })
  modality!: Modality;

  @Field(() => EmploymentContractType, { description: 'Type de contrat de travail.' })
  @Enum({ items: () => EmploymentContractType })
  employmentContractType!: EmploymentContractType;

  @Field(() => LocalDateScalar, { description: 'Début.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin (vide : en cours).' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => EligibilityBasis, {
    nullable: true,
    description: 'Fondement de l’éligibilité appréciée au début de la mise en emploi (valable pour toute sa durée) ; vide pour une mise en emploi chargée hors de l’API, sans appréciation.',
  })
  @Enum({ items: () => EligibilityBasis, nullable: true })
  eligibilityBasis?: EligibilityBasis | null;

  /** The facilitator's reason for an exemption: free text about a person, hence not in the graph (export and audit only). */
  @Property({ hidden: true, type: 'text', nullable: true })
  eligibilityExemptionReason?: string | null;

  @Property({ hidden: true, type: 'text', nullable: true })
  eligibilityExemptedBy?: string | null;

  @Field(() => SiaeKind, { nullable: true, description: 'Type de SIAE, pour une mise en emploi dans une SIAE (l’éligibilité IAE s’y applique).' })
  @Enum({ items: () => SiaeKind, nullable: true })
  iaeStructureKind?: SiaeKind | null;

  @Field(() => String, { nullable: true, description: 'Numéro du PASS IAE (agrément, 12 chiffres), pour une mise en emploi dans une SIAE.' })
  @Property({ type: 'varchar', length: 12, nullable: true })
  passIaeNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début de validité du PASS IAE.' })
  @Property({ type: 'date', nullable: true })
  passIaeStartDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin de validité du PASS IAE : 24 mois après son début.' })
  get passIaeEndDate(): string | null {
    return this.passIaeStartDate ? passIaeEndDate(this.passIaeStartDate) : null;
  }

  /** The job, a code of the ROME list (`@maillage/rome-codes`); exposed as `job` by the jobs module. */
  @Property({ hidden: true, type: 'varchar', length: 5, nullable: true })
  romeCode?: string | null;

  @Property({ hidden: true, type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
