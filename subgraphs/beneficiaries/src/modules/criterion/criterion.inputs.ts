import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../shared/scalars';
import { Sensitivity } from './criterion.enums';

@InputType({ description: 'Critère d’éligibilité à enregistrer pour une personne (le justificatif n’est pas conservé).' })
export class AddCriterionInput {
  @Field(() => ID, { description: 'La personne.' })
  beneficiaryId!: string;

  @Field({ description: 'Code du critère dans le catalogue du territoire de la personne (ex. RSA).' })
  criterionCode!: string;

  @Field(() => String, { nullable: true, description: 'Type du justificatif (par défaut : celui du catalogue).' })
  proofType?: string | null;

  @Field(() => LocalDateScalar, { description: 'Date du justificatif (pas dans le futur).' })
  proofDate!: string;
}

@InputType({ description: 'Critère ajouté au catalogue d’un territoire (ou remplaçant le critère national de même code).' })
export class DefineCriterionInput {
  @Field({ description: 'Code du département, ou « FR » pour le catalogue national (administrateurs).' })
  territory!: string;

  @Field({ description: 'Code (majuscules, chiffres, _ ; 2 à 40 caractères).' })
  code!: string;

  @Field({ description: 'Libellé.' })
  label!: string;

  @Field({ description: 'Justificatif attendu.' })
  proofType!: string;

  @Field(() => Int, { nullable: true, description: 'Validité du justificatif en jours (vide : sans limite).' })
  proofValidityDays?: number | null;

  @Field(() => Sensitivity, { description: 'Niveau de sensibilité.' })
  sensitivity!: Sensitivity;

  @Field(() => Int, { nullable: true, description: 'Niveau du critère pour l’éligibilité IAE : 1 ou 2 (vide : critère hors IAE).' })
  iaeLevel?: number | null;
}
