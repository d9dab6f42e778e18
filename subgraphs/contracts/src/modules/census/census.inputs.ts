import { Field, ID, InputType, Int } from 'type-graphql';
import { PlannedPurchaseStatus, PurchaseRecommendation } from './census.enums';

/**
 * Figures and dates are strings here, checked by the census's own rules (`census.validation.ts`), so that a
 * mistyped value comes back in French on its field — as the spreadsheet import reports it on its line.
 */
@InputType({ description: 'Un lot prévu.' })
export class PlannedLotInput {
  @Field(() => Int, { description: 'Numéro du lot (≥ 1), unique dans l’achat.' })
  number!: number;

  @Field({ description: 'Intitulé du lot.' })
  title!: string;

  @Field({ description: 'Montant estimé hors taxes, en euros (≥ 0 ; « 250000 », « 250 000,50 »).' })
  amount!: string;
}

@InputType({ description: 'Les données d’un achat recensé et de son évaluation.' })
export class PlannedPurchaseFields {
  @Field({ description: 'Objet de l’achat.' })
  object!: string;

  @Field({ description: 'Code CPV principal avec son chiffre de contrôle (ex. 45210000-2).' })
  cpvCode!: string;

  @Field({ description: 'Montant estimé hors taxes, en euros (≥ 0 ; « 1250000 », « 1 250 000,50 »).' })
  estimatedAmount!: string;

  @Field({ description: 'Date prévue de lancement de la consultation, AAAA-MM-JJ (ou JJ/MM/AAAA).' })
  expectedLaunchDate!: string;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune des travaux ou de la prestation (celle de l’acheteur si vide).' })
  worksCommuneCode?: string | null;

  @Field(() => [PlannedLotInput], { defaultValue: [], description: 'Lots prévus.' })
  lots!: PlannedLotInput[];

  @Field({ defaultValue: '0.5', description: 'Part de main-d’œuvre dans le montant (0,5 = 50 %), pour l’estimation des heures.' })
  labourShare!: string;

  @Field({ defaultValue: '0.05', description: 'Taux d’insertion (0,05 = 5 %), pour l’estimation des heures.' })
  insertionRate!: string;

  @Field({ defaultValue: '30', description: 'Coût horaire moyen chargé, en euros, pour l’estimation des heures.' })
  hourlyCost!: string;

  @Field(() => PurchaseRecommendation, { description: 'Dispositif recommandé.' })
  recommendation!: PurchaseRecommendation;

  @Field(() => String, { nullable: true, description: 'Motif (obligatoire pour « aucun dispositif »).' })
  reason?: string | null;
}

@InputType({ description: 'Un achat recensé à enregistrer.' })
export class PlannedPurchaseInput extends PlannedPurchaseFields {
  @Field(() => ID, { nullable: true, description: 'Identifiant choisi par le client (UUID) : renvoyer la même demande ne crée rien de plus.' })
  id?: string | null;

  @Field(() => ID, { description: 'Acheteur.' })
  buyerId!: string;
}

@InputType({ description: 'Filtres de la liste des achats recensés.' })
export class PlannedPurchaseFilter {
  @Field(() => ID, { nullable: true, description: 'Achats de cet acheteur.' })
  buyerId?: string | null;

  @Field(() => PlannedPurchaseStatus, { nullable: true, description: 'Achats à cette étape.' })
  status?: PlannedPurchaseStatus | null;
}

@InputType({ description: 'Le marché que devient un achat recensé.' })
export class ConvertPlannedPurchaseInput {
  @Field({ description: "Référence du marché, unique chez l'acheteur." })
  reference!: string;
}

