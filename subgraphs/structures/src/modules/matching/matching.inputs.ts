import { LocalDateScalar } from '@maillage/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Une mise en relation à enregistrer : la structure présentée au titulaire d’un marché.' })
export class StructureIntroductionInput {
  @Field(() => ID, { description: 'Structure présentée.' })
  structureId!: string;

  @Field(() => ID, { description: 'Marché (sous-graphe contracts).' })
  contractId!: string;

  @Field({ description: 'SIRET de l’entreprise à qui la structure a été présentée (le titulaire).' })
  companySiret!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date de la mise en relation (aujourd’hui, heure de Paris, si vide).' })
  introducedOn?: string | null;
}
