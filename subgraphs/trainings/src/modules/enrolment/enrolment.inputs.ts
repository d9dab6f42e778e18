import { DecimalScalar } from '@maillage/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'L’inscription d’une personne à une action de formation.' })
export class EnrolInTrainingInput {
  @Field(() => ID, { description: 'Identifiant de l’action de formation.' })
  actionId!: string;

  @Field(() => ID, { description: 'Identifiant de la personne (sous-graphe beneficiaries).' })
  beneficiaryId!: string;

  @Field(() => ID, { nullable: true, description: 'Mise en emploi dont cette formation est la modalité, s’il y en a une (sous-graphe beneficiaries).' })
  placementId?: string | null;

  @Field({ description: 'Date d’inscription (AAAA-MM-JJ).' })
  enrolledOn!: string;
}

@InputType({ description: 'Les heures de présence qu’un organisme de formation atteste pour une inscription et un mois.' })
export class AttestTrainingHoursInput {
  @Field(() => ID, { description: 'Identifiant de l’inscription.' })
  enrolmentId!: string;

  @Field({ description: 'Mois (AAAA-MM), dans les dates de l’action.' })
  month!: string;

  @Field(() => DecimalScalar, { description: 'Heures de présence du mois (0 ou plus, deux décimales au plus) ; remplace une attestation antérieure du même mois.' })
  hours!: string;
}
