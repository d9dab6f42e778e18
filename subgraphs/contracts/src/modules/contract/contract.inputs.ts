import { DecimalScalar, LocalDateScalar } from '@maillage/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';
import { LotInput } from '../lot/lot.inputs';
import { ProcurementKind } from '../threshold/eu-threshold.entity';
import { ContractSector, ContractStatus } from './contract.enums';

@InputType({ description: 'Filtres de la liste des marchés, combinés (ET).' })
export class ContractFilter {
  @Field(() => ID, { nullable: true, description: 'Marchés de cet acheteur.' })
  buyerId?: string | null;

  @Field(() => [ContractStatus], { nullable: true, description: 'Marchés à l’une de ces étapes.' })
  status?: ContractStatus[] | null;

  @Field(() => [ContractSector], { nullable: true, description: 'Marchés de l’un de ces secteurs.' })
  sector?: ContractSector[] | null;

  @Field(() => ID, { nullable: true, description: 'Marchés suivis par ce facilitateur.' })
  facilitatorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Code du département de la commune de l’acheteur (69, 2A, 974…).' })
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune de l’acheteur.' })
  commune?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Marchés dont la période d’exécution couvre ce jour (début renseigné, fin absente ou postérieure).',
  })
  executingOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Texte cherché dans l’objet et la référence (sans casse).' })
  text?: string | null;
}

@InputType({ description: 'Un marché à créer ; il naît au statut DRAFT.' })
export class CreateContractInput {
  @Field(() => ID, { description: 'Acheteur.' })
  buyerId!: string;

  @Field({ description: "Référence, unique chez l'acheteur (un doublon est un CONFLICT)." })
  reference!: string;

  @Field({ description: 'Objet du marché.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Description libre.' })
  description?: string | null;

  @Field(() => ContractSector, { description: 'Secteur d’activité.' })
  sector!: ContractSector;

  @Field(() => DecimalScalar, { nullable: true, description: 'Montant estimé hors taxes, en euros (≥ 0).' })
  estimatedAmount?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date de notification.' })
  notificationDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début d’exécution.' })
  executionStart?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin d’exécution, après le début.' })
  executionEnd?: string | null;

  @Field(() => ID, { nullable: true, description: 'Facilitateur qui suit le marché (annuaire).' })
  facilitatorId?: string | null;

  @Field(() => ProcurementKind, { nullable: true, description: 'Nature du marché au sens des seuils européens.' })
  procurementKind?: ProcurementKind | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date de lancement de la consultation.' })
  consultationLaunchDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Code CPV principal avec son chiffre de contrôle (ex. 45210000-2).' })
  cpvCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune des travaux ou de la prestation (celle de l’acheteur si vide).' })
  worksCommuneCode?: string | null;

  @Field(() => [LotInput], { defaultValue: [], description: 'Lots du marché, avec leurs clauses.' })
  lots!: LotInput[];
}

@InputType({ description: 'Changements d’un marché ; un champ absent reste inchangé, null efface un champ facultatif.' })
export class UpdateContractInput {
  @Field(() => String, { nullable: true, description: "Référence, unique chez l'acheteur." })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Objet du marché.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Description libre.' })
  description?: string | null;

  @Field(() => ContractSector, { nullable: true, description: 'Secteur d’activité.' })
  sector?: ContractSector | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Montant estimé hors taxes, en euros (≥ 0).' })
  estimatedAmount?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date de notification.' })
  notificationDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début d’exécution.' })
  executionStart?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin d’exécution, après le début.' })
  executionEnd?: string | null;

  @Field(() => ID, { nullable: true, description: 'Facilitateur qui suit le marché (annuaire).' })
  facilitatorId?: string | null;

  @Field(() => ProcurementKind, { nullable: true, description: 'Nature du marché au sens des seuils européens.' })
  procurementKind?: ProcurementKind | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date de lancement de la consultation.' })
  consultationLaunchDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Code CPV principal avec son chiffre de contrôle (ex. 45210000-2).' })
  cpvCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune des travaux ou de la prestation (celle de l’acheteur si vide).' })
  worksCommuneCode?: string | null;
}
