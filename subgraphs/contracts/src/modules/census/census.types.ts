import { Field, ObjectType } from 'type-graphql';
import { HoursCalculation } from '../clause/hours-calculation.type';
import { ProcurementKind } from '../threshold/eu-threshold.entity';
import { ThresholdPosition } from '../threshold/eu-threshold.resolver';

/** What a purchase is assessed to: the hours of the formula, and the European threshold of its launch date. */
@ObjectType({ description: 'Évaluation d’un achat recensé : heures d’insertion de la formule et position par rapport au seuil européen en vigueur à sa date de lancement.' })
export class PurchaseAssessment {
  @Field(() => ProcurementKind, { description: 'Nature du marché déduite du code CPV (division 45 : travaux ; 50 à 98 : services ; sinon fournitures).' })
  procurementKind!: ProcurementKind;

  @Field(() => HoursCalculation, { description: 'Heures d’insertion que donne la formule sur le montant estimé.' })
  hours!: HoursCalculation;

  @Field(() => ThresholdPosition, { description: 'Seuil européen en vigueur à la date de lancement prévue, et obligation sociale de 2026.' })
  euThreshold!: ThresholdPosition;
}
