import { registerEnumType } from 'type-graphql';
import { LegalBasis } from '../clause/clause.enums';

/**
 * The social devices a lot can carry, several at once (issue 14, item 8), each on its article of the Code de
 * la commande publique:
 * - EXECUTION_CONDITION — L2112-2: the insertion clause proper, an hours target the holder must deliver;
 * - AWARD_CRITERION — L2152-7 and R2152-7 (« performances en matière d'insertion professionnelle des publics
 *   en difficulté »), weighted as R2152-12 requires in a formalised procedure;
 * - RESERVED_SIAE — L2113-13: only SIAE (Code du travail L5132-4) and equivalent structures may bid;
 * - RESERVED_DISABILITY — L2113-12: only EA, ESAT and equivalent structures may bid.
 * A lot may be reserved to both at once (L2113-14, since loi 2020-1525 « ASAP »).
 */
export enum SocialDeviceKind {
  EXECUTION_CONDITION = 'EXECUTION_CONDITION',
  AWARD_CRITERION = 'AWARD_CRITERION',
  RESERVED_SIAE = 'RESERVED_SIAE',
  RESERVED_DISABILITY = 'RESERVED_DISABILITY',
}
registerEnumType(SocialDeviceKind, {
  name: 'SocialDeviceKind',
  description: 'Nature d’un dispositif social d’un lot (Code de la commande publique). Un lot peut en porter plusieurs, un de chaque nature au plus.',
  valuesConfig: {
    EXECUTION_CONDITION: { description: 'Condition d’exécution sociale (art. L2112-2) : la clause d’insertion, avec son objectif d’heures.' },
    AWARD_CRITERION: { description: 'Critère d’attribution social (art. L2152-7 et R2152-7), pondéré en % de la note (art. R2152-12) ; sans objectif d’heures.' },
    RESERVED_SIAE: { description: 'Lot réservé aux SIAE et structures équivalentes (art. L2113-13) ; sans objectif d’heures.' },
    RESERVED_DISABILITY: { description: 'Lot réservé aux entreprises adaptées, ESAT et structures équivalentes (art. L2113-12) ; sans objectif d’heures.' },
  },
});

/** The kinds stored in `social_device`; the execution condition is the lot's `insertion_clause` row. */
export type StoredDeviceKind = Exclude<SocialDeviceKind, SocialDeviceKind.EXECUTION_CONDITION>;

/** The article each kind rests on, as a user reads it. */
export const ARTICLE_OF: Record<SocialDeviceKind, string> = {
  EXECUTION_CONDITION: 'L2112-2',
  AWARD_CRITERION: 'L2152-7',
  RESERVED_SIAE: 'L2113-13',
  RESERVED_DISABILITY: 'L2113-12',
};

/** What a kind is called in an error message (French). */
export const LABEL_OF: Record<SocialDeviceKind, string> = {
  EXECUTION_CONDITION: 'une condition d’exécution (art. L2112-2)',
  AWARD_CRITERION: 'un critère d’attribution (art. L2152-7)',
  RESERVED_SIAE: 'une réservation aux SIAE (art. L2113-13)',
  RESERVED_DISABILITY: 'une réservation aux EA et ESAT (art. L2113-12)',
};

/** The reservation a former clause basis stands for (the former model put a reservation in the clause's basis). */
export function reservationOfBasis(basis: LegalBasis): StoredDeviceKind | null {
  if (basis === LegalBasis.RESERVED_SIAE) return SocialDeviceKind.RESERVED_SIAE;
  if (basis === LegalBasis.RESERVED_DISABILITY) return SocialDeviceKind.RESERVED_DISABILITY;
  return null;
}
