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

/** The ways the holder may carry out the hours (DOMAIN.md §1.2). */
export enum InsertionModality {
  DIRECT_HIRE = 'DIRECT_HIRE',
  TEMPORARY_WORK_ETTI = 'TEMPORARY_WORK_ETTI',
  STAFF_PROVISION_AI_GEIQ = 'STAFF_PROVISION_AI_GEIQ',
  SUBCONTRACTING = 'SUBCONTRACTING',
  CO_CONTRACTING = 'CO_CONTRACTING',
  TRAINING = 'TRAINING',
}
registerEnumType(InsertionModality, {
  name: 'InsertionModality',
  description: 'Modalité de réalisation des heures d’insertion admise par la clause.',
  valuesConfig: {
    DIRECT_HIRE: { description: 'Embauche directe par l’entreprise' },
    TEMPORARY_WORK_ETTI: { description: 'Intérim d’insertion par une ETTI' },
    STAFF_PROVISION_AI_GEIQ: { description: 'Mise à disposition par une AI ou un GEIQ' },
    SUBCONTRACTING: { description: 'Sous-traitance à une SIAE, une EA ou un ESAT' },
    CO_CONTRACTING: { description: 'Co-traitance avec une SIAE, une EA ou un ESAT' },
    TRAINING: { description: 'Formation (actions de formation des publics éligibles)' },
  },
});

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
