import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../shared/scalars';
import { OutcomeCategory, OutcomeDetail, OutcomeKind } from './path.enums';

@InputType({ description: 'Sortie à enregistrer.' })
export class RecordOutcomeInput {
  @Field(() => OutcomeKind, { description: 'À la fin du parcours, ou six mois après.' })
  kind!: OutcomeKind;

  @Field(() => OutcomeCategory, { description: 'Catégorie.' })
  category!: OutcomeCategory;

  @Field(() => OutcomeDetail, { nullable: true, description: 'Détail, parmi ceux de la catégorie.' })
  detail?: OutcomeDetail | null;

  @Field(() => LocalDateScalar, { description: 'Date de l’observation (pas dans le futur ; six mois après la fin au moins pour SIX_MONTHS).' })
  observedOn!: string;
}

@InputType({ description: 'Nouveau parcours pour une personne qui n’en a pas en cours.' })
export class OpenPathInput {
  @Field(() => ID, { description: 'La personne.' })
  beneficiaryId!: string;

  @Field(() => LocalDateScalar, { description: 'Début.' })
  startedOn!: string;

  @Field(() => ID, { nullable: true, description: 'Structure référente du parcours (par défaut : celle de la personne).' })
  referentStructureId?: string | null;
}
