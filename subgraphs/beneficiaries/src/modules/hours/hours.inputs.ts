import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar } from '../shared/scalars';

@InputType({ description: 'Heures d’un mois pour une mise en emploi.' })
export class DeclareHoursInput {
  @Field(() => ID, { description: 'La mise en emploi.' })
  placementId!: string;

  @Field({ description: 'Mois (AAAA-MM), dans les dates de la mise en emploi et pas dans le futur.' })
  month!: string;

  @Field(() => DecimalScalar, { description: 'Heures travaillées (Decimal, au plus 2 décimales).' })
  hoursWorked!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures de formation (Decimal ; 0 par défaut). Total > 0 ; avec toutes les mises en emploi de la personne, au plus 10 h par jour et 48 h par semaine (Code du travail, L3121-18, L3121-20) et 44 h par semaine en moyenne sur 12 semaines (L3121-22), appréciés par mois et sur trois mois.' })
  trainingHours?: string | null;
}

@InputType({ description: 'Correction d’un relevé : une nouvelle version, avec son motif.' })
export class CorrectHoursInput {
  @Field(() => DecimalScalar, { description: 'Heures travaillées corrigées.' })
  hoursWorked!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Heures de formation corrigées (0 par défaut).' })
  trainingHours?: string | null;

  @Field({ description: 'Motif de la correction (3 à 500 caractères ; sans donnée personnelle).' })
  reason!: string;
}
