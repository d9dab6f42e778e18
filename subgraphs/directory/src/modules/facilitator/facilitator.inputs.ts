import { Field, ID, InputType } from 'type-graphql';
import { CoverageLevel } from './facilitator-coverage.entity';
import { FacilitatorOrganisationKind } from './facilitator-organisation.entity';

@InputType({ description: 'Un territoire couvert : son niveau et son code officiel.' })
export class CoverageInput {
  @Field(() => CoverageLevel, { description: 'Niveau du territoire.' })
  level!: CoverageLevel;

  @Field({ description: 'Code officiel : INSEE pour une commune, SIREN pour un EPCI, code du département ou de la région.' })
  code!: string;
}

@InputType({ description: 'Une nouvelle structure de facilitation.' })
export class CreateFacilitatorOrganisationInput {
  @Field({ description: 'Nom de la structure.' })
  name!: string;

  @Field(() => FacilitatorOrganisationKind, { description: 'Nature de la structure.' })
  kind!: FacilitatorOrganisationKind;

  @Field(() => String, { nullable: true, description: 'SIRET (14 chiffres, clé de Luhn).' })
  siret?: string | null;

  @Field(() => String, { nullable: true, description: 'Adresse (numéro et voie).' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Code postal (5 chiffres), qui doit desservir la commune.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune de l’adresse.' })
  communeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Site web (https://…).' })
  website?: string | null;
}

@InputType({ description: 'Modification d’une structure : seuls les champs donnés changent ; null efface un champ facultatif.' })
export class UpdateFacilitatorOrganisationInput {
  @Field(() => String, { nullable: true, description: 'Nom de la structure.' })
  name?: string | null;

  @Field(() => FacilitatorOrganisationKind, { nullable: true, description: 'Nature de la structure.' })
  kind?: FacilitatorOrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'SIRET (14 chiffres, clé de Luhn).' })
  siret?: string | null;

  @Field(() => String, { nullable: true, description: 'Adresse (numéro et voie).' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Code postal (5 chiffres).' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune de l’adresse.' })
  communeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Site web (https://…).' })
  website?: string | null;
}

@InputType({ description: 'Un nouveau facilitateur, avec sa couverture.' })
export class CreateFacilitatorInput {
  @Field(() => ID, { description: 'Structure qui l’emploie.' })
  organisationId!: string;

  @Field({ description: 'Prénom et nom.' })
  name!: string;

  @Field({ description: 'Intitulé du poste.' })
  jobTitle!: string;

  @Field({ description: 'Adresse électronique professionnelle (publiée).' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Téléphone professionnel (publié).' })
  phone?: string | null;

  @Field({ description: 'En poste.' })
  active: boolean = true;

  @Field(() => [CoverageInput], { description: 'Territoires couverts.' })
  coverage: CoverageInput[] = [];
}

@InputType({ description: 'Modification d’un facilitateur : seuls les champs donnés changent ; null efface le téléphone.' })
export class UpdateFacilitatorInput {
  @Field(() => ID, { nullable: true, description: 'Nouvelle structure (administrateurs seulement).' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Prénom et nom.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Intitulé du poste.' })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Adresse électronique professionnelle.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone professionnel.' })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'En poste.' })
  active?: boolean | null;
}
