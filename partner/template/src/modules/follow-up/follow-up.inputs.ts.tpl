import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Une fiche de suivi à enregistrer.' })
export class Record{{Name}}FollowUpInput {
  @Field(() => ID, { description: 'Identifiant de la personne (sous-graphe beneficiaries).' })
  beneficiaryId!: string;

  @Field({ description: 'Objet de la fiche (200 caractères au plus).' })
  title!: string;

  @Field({ description: 'Date de l’échange ou de l’événement suivi (AAAA-MM-JJ).' })
  occurredOn!: string;
}
