import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../shared/scalars';
import { QualificationLevel, Sex } from './beneficiary.enums';

/** Identity and situation of a new person; a path opens with them. */
@InputType({ description: 'Nouvelle personne en parcours (un parcours s’ouvre avec elle).' })
export class CreateBeneficiaryInput {
  @Field({ description: 'Prénom (1 à 100 caractères).' })
  firstName!: string;

  @Field({ description: 'Nom de famille (1 à 100 caractères).' })
  lastName!: string;

  @Field(() => LocalDateScalar, { description: 'Date de naissance (passée, après 1900).' })
  birthDate!: string;

  @Field(() => Sex, { nullable: true, description: 'Sexe.' })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'Adresse électronique.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone (chiffres, espaces, points, tirets, + initial).' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Identifiant France Travail : 11 chiffres, ou 8 caractères (ancien format).' })
  franceTravailId?: string | null;

  @Field({ description: 'Code INSEE de la commune de résidence (5 caractères, 2A/2B en Corse) : il fixe le territoire.' })
  residenceCommuneCode!: string;

  @Field(() => Boolean, { nullable: true, description: 'Réside en QPV.' })
  qpvResident?: boolean | null;

  @Field(() => QualificationLevel, { nullable: true, description: 'Niveau de qualification.' })
  qualificationLevel?: QualificationLevel | null;

  @Field(() => ID, { nullable: true, description: 'Structure référente (sous-graphe structures).' })
  referentStructureId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date du consentement (pas dans le futur).' })
  consentDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début du parcours (par défaut : aujourd’hui).' })
  pathStartedOn?: string | null;
}

/** Changes to a person: absent fields are left as they are, `null` clears an optional field. */
@InputType({ description: 'Modification d’une personne : un champ absent est inchangé, null efface un champ facultatif.' })
export class UpdateBeneficiaryInput {
  @Field(() => String, { nullable: true, description: 'Prénom.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Nom de famille.' })
  lastName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date de naissance.' })
  birthDate?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Sexe.' })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'Adresse électronique.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Identifiant France Travail.' })
  franceTravailId?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune de résidence.' })
  residenceCommuneCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Réside en QPV.' })
  qpvResident?: boolean | null;

  @Field(() => QualificationLevel, { nullable: true, description: 'Niveau de qualification.' })
  qualificationLevel?: QualificationLevel | null;

  @Field(() => ID, { nullable: true, description: 'Structure référente.' })
  referentStructureId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date du consentement.' })
  consentDate?: string | null;
}

/** Filters of the `beneficiaries` list; each only matches rows where the viewer may read what it tests. */
@InputType({ description: 'Filtres de la liste des personnes (un filtre ne porte que sur ce que vous pouvez lire).' })
export class BeneficiaryFilter {
  @Field(() => String, { nullable: true, description: 'Territoire de résidence : code de département ou code INSEE de commune.' })
  territory?: string | null;

  @Field(() => ID, { nullable: true, description: 'Structure référente.' })
  referentStructureId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Éligible à cette date (un critère validé et en cours de validité).' })
  eligibleOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Code d’un critère d’éligibilité enregistré (ex. RSA).' })
  criterion?: string | null;

  @Field(() => ID, { nullable: true, description: 'A une mise en emploi sur ce marché.' })
  contractId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'A une mise en emploi en cours à cette date.' })
  activePlacementOn?: string | null;
}
