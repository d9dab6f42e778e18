import { Field, InputType, Int } from 'type-graphql';
import { ActivitySector, StructureService } from '../sector/activity-sector.enum';
import { StructureKind } from './structure-kind.enum';

@InputType({ description: 'Contact fonctionnel (un service, jamais le nom d’une personne).' })
export class StructureContactInput {
  @Field(() => String, { nullable: true, description: 'Libellé, par exemple « Relations entreprises ».' })
  label?: string | null;

  @Field(() => String, { nullable: true, description: 'Adresse électronique fonctionnelle.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone (10 chiffres, ou +33 suivi de 9 chiffres).' })
  phone?: string | null;
}

/**
 * The fields a write may set. In an update an omitted field is left as it is and `null` clears an optional
 * field; the validation refuses `null` for the mandatory ones.
 */
@InputType({ description: 'Champs communs à la création et à la modification (type abstrait, jamais exposé).' })
export abstract class StructureFieldsInput {
  @Field(() => String, { nullable: true, description: 'Code NAF/APE (8130Z ou 81.30Z).' })
  nafCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Adresse (numéro et voie).' })
  addressLine?: string | null;

  @Field(() => String, { nullable: true, description: 'Code postal (5 chiffres).' })
  postalCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Codes INSEE des communes desservies.' })
  servedCommuneCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes des départements desservis en entier.' })
  servedDepartmentCodes?: string[] | null;

  @Field(() => [ActivitySector], { nullable: true, description: "Secteurs d'activité." })
  sectors?: ActivitySector[] | null;

  @Field(() => [StructureService], { nullable: true, description: 'Types de prestation proposés.' })
  services?: StructureService[] | null;

  @Field(() => Int, { nullable: true, description: "Capacité d'insertion (nombre de postes, 0 ou plus)." })
  insertionCapacity?: number | null;

  @Field(() => String, { nullable: true, description: 'Part de travailleurs handicapés, en pourcentage de 0 à 100 avec 2 décimales au plus (EA, EATT, ESAT seulement).' })
  disabledWorkersShare?: string | null;

  @Field(() => String, { nullable: true, description: 'Début du conventionnement (AAAA-MM-JJ).' })
  agreementStartDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Fin du conventionnement (AAAA-MM-JJ), au plus tôt le jour du début.' })
  agreementEndDate?: string | null;

  @Field(() => StructureContactInput, { nullable: true, description: 'Contact fonctionnel (remplace le précédent).' })
  contact?: StructureContactInput | null;
}

@InputType({ description: 'Nouvelle structure.' })
export class CreateStructureInput extends StructureFieldsInput {
  @Field({ description: 'SIRET (14 chiffres, clé de Luhn valide) ; unique dans l’annuaire.' })
  siret!: string;

  @Field({ description: 'Raison sociale ou nom d’usage.' })
  name!: string;

  @Field(() => StructureKind, { description: 'Type de structure.' })
  kind!: StructureKind;

  @Field({ description: 'Code INSEE de la commune d’implantation (pas le code postal).' })
  communeCode!: string;
}

@InputType({ description: "Modification d'une structure : seuls les champs fournis changent." })
export class UpdateStructureInput extends StructureFieldsInput {
  @Field(() => String, { nullable: true, description: 'Nouveau SIRET (par exemple après un déménagement).' })
  siret?: string | null;

  @Field(() => String, { nullable: true, description: 'Raison sociale ou nom d’usage.' })
  name?: string | null;

  @Field(() => StructureKind, { nullable: true, description: 'Type de structure.' })
  kind?: StructureKind | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune d’implantation.' })
  communeCode?: string | null;
}
