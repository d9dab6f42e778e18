import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Une entreprise à enregistrer.' })
export class CreateCompanyInput {
  @Field({ description: 'SIRET : 14 chiffres, clé de Luhn (règle de La Poste pour le SIREN 356000000).' })
  siret!: string;

  @Field({ description: 'Raison sociale.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Code NAF/APE : 4 chiffres et une lettre (8121Z ou 81.21Z).' })
  nafCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune de l’établissement.' })
  communeCode?: string | null;
}

@InputType({ description: 'Changements d’une entreprise ; un champ absent reste inchangé, null efface un champ facultatif.' })
export class UpdateCompanyInput {
  @Field(() => String, { nullable: true, description: 'Raison sociale.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Code NAF/APE : 4 chiffres et une lettre.' })
  nafCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune de l’établissement.' })
  communeCode?: string | null;
}
