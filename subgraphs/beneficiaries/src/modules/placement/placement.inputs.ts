import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../shared/scalars';
import { EmploymentContractType, Modality, SiaeKind } from './placement.enums';

@InputType({ description: 'Nouvelle mise en emploi (dans le parcours ouvert de la personne).' })
export class OpenPlacementInput {
  @Field(() => ID, { description: 'La personne.' })
  beneficiaryId!: string;

  @Field(() => ID, { description: 'Le marché (sous-graphe contracts).' })
  contractId!: string;

  @Field(() => ID, { nullable: true, description: 'Le lot du marché, s’il y a lieu.' })
  lotId?: string | null;

  @Field(() => String, { nullable: true, description: 'SIRET de l’entreprise employeuse (ou bien employerStructureId).' })
  employerSiret?: string | null;

  @Field(() => ID, { nullable: true, description: 'Structure employeuse (ou bien employerSiret).' })
  employerStructureId?: string | null;

  @Field(() => Modality, { description: 'Modalité.' })
  modality!: Modality;

  @Field(() => EmploymentContractType, { description: 'Type de contrat de travail.' })
  employmentContractType!: EmploymentContractType;

  @Field(() => LocalDateScalar, { description: 'Début (pas avant le début du parcours).' })
  startDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin prévue (pas avant le début).' })
  endDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Motif de la dérogation (3 à 500 caractères), seulement si la personne n’est pas éligible à la date de début : sans critère validé dont le justificatif couvre cette date, la mise en emploi est refusée. La dérogation est tracée au journal d’audit.',
  })
  eligibilityExemptionReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Métier occupé : code ROME du répertoire des métiers du hub (ex. F1703, Maçonnerie).' })
  romeCode?: string | null;

  @Field(() => SiaeKind, {
    nullable: true,
    description: 'Type de SIAE, pour une mise en emploi dans une SIAE : l’éligibilité IAE s’applique alors (un critère de niveau 1, ou deux critères de niveau 2 en AI et ETTI, trois en ACI, EI et EITI) et le PASS IAE est exigé.',
  })
  iaeStructureKind?: SiaeKind | null;

  @Field(() => String, { nullable: true, description: 'Numéro du PASS IAE (12 chiffres), exigé avec iaeStructureKind.' })
  passIaeNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début de validité du PASS IAE (24 mois), exigé avec iaeStructureKind ; la mise en emploi commence pendant sa validité.' })
  passIaeStartDate?: string | null;
}

@InputType({ description: 'Modification d’une mise en emploi : un champ absent est inchangé.' })
export class UpdatePlacementInput {
  @Field(() => ID, { nullable: true, description: 'Le lot du marché.' })
  lotId?: string | null;

  @Field(() => String, { nullable: true, description: 'SIRET de l’entreprise employeuse (remplace la structure).' })
  employerSiret?: string | null;

  @Field(() => ID, { nullable: true, description: 'Structure employeuse (remplace l’entreprise).' })
  employerStructureId?: string | null;

  @Field(() => Modality, { nullable: true, description: 'Modalité.' })
  modality?: Modality | null;

  @Field(() => EmploymentContractType, { nullable: true, description: 'Type de contrat de travail.' })
  employmentContractType?: EmploymentContractType | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début.' })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Métier occupé : code ROME (ex. F1703) ; chaîne vide pour l’effacer.' })
  romeCode?: string | null;
}

@InputType({ description: 'Filtres de la liste des mises en emploi.' })
export class PlacementFilter {
  @Field(() => ID, { nullable: true, description: 'Sur ce marché.' })
  contractId?: string | null;

  @Field(() => ID, { nullable: true, description: 'De cette personne.' })
  beneficiaryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Chez cette entreprise (SIRET).' })
  employerSiret?: string | null;

  @Field(() => ID, { nullable: true, description: 'Chez cette structure.' })
  employerStructureId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'En cours à cette date.' })
  activeOn?: string | null;
}
