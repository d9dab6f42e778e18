import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Contract } from '../references/contract.reference';

/** The alerts this subgraph computes from the hours, placements and outcomes it holds. */
export enum InsertionAlertKind {
  BEHIND_PACE = 'BEHIND_PACE',
  NOTHING_DECLARED_LAST_MONTH = 'NOTHING_DECLARED_LAST_MONTH',
  PLACEMENT_ENDING_WITHOUT_OUTCOME = 'PLACEMENT_ENDING_WITHOUT_OUTCOME',
  ENDED_BELOW_TARGET = 'ENDED_BELOW_TARGET',
}
registerEnumType(InsertionAlertKind, {
  name: 'InsertionAlertKind',
  description: 'Alerte calculée à partir des heures, des mises en emploi et des sorties.',
  valuesConfig: {
    BEHIND_PACE: { description: 'Marché en retard : la part de la période d’exécution écoulée dépasse la part de l’objectif d’heures réalisée de plus que la tolérance du facilitateur.' },
    NOTHING_DECLARED_LAST_MONTH: { description: 'Marché en exécution le mois dernier sans aucune heure déclarée pour ce mois.' },
    PLACEMENT_ENDING_WITHOUT_OUTCOME: { description: 'Mise en emploi qui se termine dans les 30 jours, sans sortie enregistrée pour le parcours de la personne.' },
    ENDED_BELOW_TARGET: { description: 'Marché terminé (clos, ou fin d’exécution passée) sous son objectif d’heures.' },
  },
});

@ObjectType({ description: 'Une alerte des heures et des parcours, expliquée (aucun nom de personne).' })
export class InsertionAlert {
  @Field(() => InsertionAlertKind, { description: 'Nature de l’alerte.' })
  kind!: InsertionAlertKind;

  @Field(() => Contract, { description: 'Le marché concerné.' })
  contract!: Contract;

  @Field({ description: 'Référence du marché concerné.' })
  contractReference!: string;

  @Field(() => ID, { nullable: true, description: 'La mise en emploi concernée (alerte PLACEMENT_ENDING_WITHOUT_OUTCOME).' })
  placementId!: string | null;

  @Field({ description: 'Explication en français, avec les chiffres.' })
  explanation!: string;
}
