import { DecimalScalar } from '@maillage/subgraph-kit';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Une action de formation à enregistrer.' })
export class CreateTrainingActionInput {
  @Field({ description: 'Intitulé de l’action (200 caractères au plus).' })
  title!: string;

  @Field({ description: 'SIRET (14 chiffres) de l’organisme de formation : celui de l’appelant, sauf pour un administrateur.' })
  organisationSiret!: string;

  @Field({ description: 'Nom de l’organisme de formation.' })
  organisationName!: string;

  @Field({ description: 'Code INSEE de la commune où l’action a lieu.' })
  communeCode!: string;

  @Field({ description: 'Premier jour (AAAA-MM-JJ).' })
  startDate!: string;

  @Field({ description: 'Dernier jour (AAAA-MM-JJ), au plus tôt le premier.' })
  endDate!: string;

  @Field(() => DecimalScalar, { description: 'Durée prévue en heures (plus de 0, deux décimales au plus).' })
  plannedHours!: string;

  @Field(() => String, { nullable: true, description: 'Certification visée (RNCP ou répertoire spécifique), s’il y en a une.' })
  certification?: string | null;
}
