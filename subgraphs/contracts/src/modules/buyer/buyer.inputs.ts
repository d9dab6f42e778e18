import { Field, InputType, ObjectType } from 'type-graphql';
import { BuyerKind } from './buyer.entity';

@ObjectType({ description: 'Interlocuteur de l’acheteur pour la clause (donnée personnelle : réservée aux personnes connectées).' })
export class BuyerContact {
  @Field(() => String, { nullable: true, description: 'Nom de l’interlocuteur.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Courriel.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone.' })
  phone?: string | null;
}

@InputType({ description: 'Interlocuteur de l’acheteur ; null ou vide efface un champ.' })
export class BuyerContactInput {
  @Field(() => String, { nullable: true, description: 'Nom de l’interlocuteur.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Courriel.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone.' })
  phone?: string | null;
}

@InputType({ description: 'Un acheteur à enregistrer.' })
export class CreateBuyerInput {
  @Field({ description: 'Raison sociale.' })
  name!: string;

  @Field(() => BuyerKind, { description: "Nature de l'acheteur." })
  kind!: BuyerKind;

  @Field({ description: 'SIRET : 14 chiffres, clé de Luhn ; un SIRET déjà enregistré est un CONFLICT.' })
  siret!: string;

  @Field({ description: 'Code INSEE de la commune du siège (5 caractères : 69123, 2A004, 97411).' })
  communeCode!: string;

  @Field(() => BuyerContactInput, { nullable: true, description: 'Interlocuteur pour la clause.' })
  contact?: BuyerContactInput | null;
}

@InputType({ description: 'Changements d’un acheteur ; un champ absent reste inchangé.' })
export class UpdateBuyerInput {
  @Field(() => String, { nullable: true, description: 'Raison sociale.' })
  name?: string | null;

  @Field(() => BuyerKind, { nullable: true, description: "Nature de l'acheteur." })
  kind?: BuyerKind | null;

  @Field(() => String, { nullable: true, description: 'SIRET (14 chiffres, clé de Luhn).' })
  siret?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune du siège.' })
  communeCode?: string | null;

  @Field(() => BuyerContactInput, { nullable: true, description: 'Interlocuteur pour la clause (remplace le précédent).' })
  contact?: BuyerContactInput | null;
}

@InputType({ description: 'Filtres de la liste des acheteurs, combinés (ET).' })
export class BuyerFilter {
  @Field(() => [BuyerKind], { nullable: true, description: 'Acheteurs de l’une de ces natures.' })
  kind?: BuyerKind[] | null;

  @Field(() => String, { nullable: true, description: 'Code du département de la commune du siège (69, 2A, 974…).' })
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune du siège.' })
  commune?: string | null;

  @Field(() => String, { nullable: true, description: 'Texte cherché dans la raison sociale (sans casse).' })
  text?: string | null;
}
