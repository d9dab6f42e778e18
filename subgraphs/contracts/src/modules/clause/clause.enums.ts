import { registerEnumType } from 'type-graphql';

/** The article of the Code de la commande publique the clause rests on (DOMAIN.md §2). */
export enum LegalBasis {
  EXECUTION_CONDITION = 'EXECUTION_CONDITION',
  RESERVED_DISABILITY = 'RESERVED_DISABILITY',
  RESERVED_SIAE = 'RESERVED_SIAE',
  AWARD_CRITERION = 'AWARD_CRITERION',
  INSERTION_SERVICE = 'INSERTION_SERVICE',
}
registerEnumType(LegalBasis, {
  name: 'LegalBasis',
  description: 'Fondement juridique de la clause (Code de la commande publique).',
  valuesConfig: {
    EXECUTION_CONDITION: { description: 'Condition d’exécution (art. L2112-2)' },
    RESERVED_DISABILITY: { description: 'Marché réservé aux EA et ESAT (art. L2113-12)' },
    RESERVED_SIAE: { description: 'Marché réservé aux SIAE (art. L2113-13)' },
    AWARD_CRITERION: { description: 'Critère d’attribution (art. L2152-7)' },
    INSERTION_SERVICE: { description: 'Marché de services d’insertion et de qualification (art. R2123-1)' },
  },
});

/**
 * The ways the holder may carry out the hours: the graph's one vocabulary, defined in the kit and shared with
 * beneficiaries (a placement's modality), so that what a clause allows and what a placement does compare.
 */
export { InsertionModality } from '@maillage/subgraph-kit';

/** How work subcontracted to an SIAE/EA/ESAT counts towards the hours. */
export enum SubcontractingConversion {
  ATTESTED_HOURS = 'ATTESTED_HOURS',
  AMOUNT_DIVIDED_BY_RATE = 'AMOUNT_DIVIDED_BY_RATE',
}
registerEnumType(SubcontractingConversion, {
  name: 'SubcontractingConversion',
  description: 'Conversion en heures d’une prestation sous-traitée à une structure d’insertion ou du handicap.',
  valuesConfig: {
    ATTESTED_HOURS: { description: 'Heures réellement travaillées, attestées par la structure' },
    AMOUNT_DIVIDED_BY_RATE: { description: 'Montant sous-traité divisé par un taux horaire convenu' },
  },
});
