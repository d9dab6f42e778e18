import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/scalars';
import type { BeneficiaryCriterion } from './beneficiary-criterion.entity';
import type { Catalogue } from './criterion.loaders';
import { Sensitivity } from './criterion.enums';
import { EligibilityCriterion } from './eligibility-criterion.entity';

/**
 * Eligibility on a date, derived: a person is eligible when one validated criterion's proof covers the
 * date (dated on or before it, not expired), or when the date falls within a placement opened for them
 * while eligible — eligibility is assessed at hiring and holds for the placement (placement.eligibility.ts).
 * One criterion suffices, as in facilitators' charters (DOMAIN.md §4.1); the IAE's level-2 combinations
 * apply to placements in an SIAE only.
 */
@ObjectType({ description: 'Éligibilité à une date, déduite des critères validés, avec le critère qui la porte.' })
export class Eligibility {
  @Field(() => LocalDateScalar, { description: 'Date considérée.' })
  on!: string;

  @Field({ description: 'Vrai si un critère validé et en cours de validité couvre cette date.' })
  eligible!: boolean;

  @Field(() => EligibilityCriterion, {
    nullable: true,
    description: 'Critère qui porte l’éligibilité (vide si non éligible, ou si seul un critère d’un niveau que vous ne pouvez pas lire la porte).',
  })
  criterion!: EligibilityCriterion | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Dernier jour couvert par ce critère (vide : sans limite).' })
  validUntil!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Date à laquelle l’éligibilité a été appréciée : la date considérée, ou le début de la mise en emploi en cours à cette date (l’éligibilité appréciée à l’embauche vaut pour toute la mise en emploi). Vide si non éligible.',
  })
  assessedOn!: string | null;
}

const TIER_ORDER = [Sensitivity.ORDINARY, Sensitivity.HEALTH, Sensitivity.JUSTICE];

export function coversDate(criterion: BeneficiaryCriterion, on: string): boolean {
  return Boolean(criterion.validatedAt) && criterion.proofDate <= on && (!criterion.expiresOn || criterion.expiresOn >= on);
}

/**
 * The carrying criterion is the least sensitive one that covers the date, then the one valid longest, so
 * that an answer names a health or justice criterion only when nothing else carries the eligibility — and
 * never to a viewer who may not read that tier.
 */
export function eligibilityOn(criteria: BeneficiaryCriterion[], catalogue: Catalogue, on: string, readableTiers: Sensitivity[]): Eligibility {
  const covering = criteria
    .filter((criterion) => coversDate(criterion, on))
    .map((row) => ({ row, entry: catalogue.get(row.criterionId)! }))
    .sort((a, b) => TIER_ORDER.indexOf(a.entry.sensitivity) - TIER_ORDER.indexOf(b.entry.sensitivity) ||
      (b.row.expiresOn ?? '9999-12-31').localeCompare(a.row.expiresOn ?? '9999-12-31'));
  const carrier = covering[0];
  const shown = carrier && readableTiers.includes(carrier.entry.sensitivity) ? carrier : undefined;
  return { on, eligible: carrier !== undefined, criterion: shown?.entry ?? null, validUntil: shown?.row.expiresOn ?? null, assessedOn: carrier ? on : null };
}

/** A placement as far as eligibility goes: its dates and whether a criterion carried it at hiring. */
export interface PlacementAtHiring {
  startDate: string;
  endDate?: string | null;
  eligibilityBasis?: string | null;
}

/**
 * Eligibility on `on`, held for a placement: when no proof covers `on` itself, a placement running on `on`
 * that was opened on a criterion carries it, as assessed on the placement's start date.
 */
export function eligibilityHeldOn(criteria: BeneficiaryCriterion[], placements: PlacementAtHiring[], catalogue: Catalogue, on: string, readableTiers: Sensitivity[]): Eligibility {
  const direct = eligibilityOn(criteria, catalogue, on, readableTiers);
  if (direct.eligible) return direct;
  const running = placements.find((placement) => placement.eligibilityBasis === 'CRITERION' && placement.startDate <= on && (!placement.endDate || placement.endDate >= on));
  if (!running) return direct;
  const atHiring = eligibilityOn(criteria, catalogue, running.startDate, readableTiers);
  return { ...atHiring, on, eligible: true, assessedOn: running.startDate };
}
