import { BadUserInputError } from '@maillage/subgraph-kit';
import type { Context } from '../../context';
import { Sensitivity } from '../criterion/criterion.enums';
import { eligibilityOn } from '../criterion/eligibility';
import { EligibilityBasis, type SiaeKind } from './placement.enums';
import { iaeEligible, LEVEL_2_NEEDED } from './placement.iae';

export interface EligibilityAtHiring {
  eligibilityBasis: EligibilityBasis;
  eligibilityExemptionReason: string | null;
  eligibilityExemptedBy: string | null;
}

/**
 * Eligibility is assessed at hiring (DOMAIN.md §4.1: "validée en amont par le facilitateur"; les emplois de
 * l'inclusion checks the proof's validity — 3 months for most, 6 for a QPV address — on the hiring date):
 * a validated criterion whose proof covers the placement's start date. Otherwise the placement is refused,
 * unless the facilitator gives the reason of an exemption (written to the audit log by the caller). In an
 * SIAE (`siaeKind`), the IAE rule applies instead: one level-1 criterion, or two level-2 ones (AI, ETTI),
 * three (ACI, EI, EITI).
 */
export async function eligibilityAtHiring(ctx: Context, beneficiaryId: string, startDate: string, exemptionReason: string | null | undefined, siaeKind: SiaeKind | null = null): Promise<EligibilityAtHiring> {
  const [criteria, catalogue] = await Promise.all([ctx.loaders.criteriaByBeneficiaryId.load(beneficiaryId), ctx.loaders.catalogue()]);
  const eligible = siaeKind
    ? iaeEligible(criteria, catalogue, startDate, siaeKind)
    : eligibilityOn(criteria, catalogue, startDate, Object.values(Sensitivity)).eligible;
  const reason = exemptionReason?.trim() ?? '';
  if (eligible) {
    if (reason) throw new BadUserInputError('eligibilityExemptionReason : la personne est éligible à la date de début, aucune dérogation n’est à enregistrer', 'eligibilityExemptionReason');
    return { eligibilityBasis: EligibilityBasis.CRITERION, eligibilityExemptionReason: null, eligibilityExemptedBy: null };
  }
  if (!reason) {
    const rule = siaeKind
      ? `éligibilité IAE en ${siaeKind} : un critère de niveau 1 ou ${LEVEL_2_NEEDED[siaeKind]} critères de niveau 2 validés, dont le justificatif couvre cette date`
      : 'aucun critère validé dont le justificatif couvre cette date';
    throw new BadUserInputError(
      `startDate : la personne n’est pas éligible le ${startDate} (${rule}) ; validez un justificatif en cours de validité ou enregistrez une dérogation motivée (eligibilityExemptionReason)`,
      'startDate',
    );
  }
  if (reason.length < 3 || reason.length > 500) throw new BadUserInputError('eligibilityExemptionReason : le motif compte 3 à 500 caractères', 'eligibilityExemptionReason');
  return { eligibilityBasis: EligibilityBasis.EXEMPTION, eligibilityExemptionReason: reason, eligibilityExemptedBy: ctx.viewer.subject ?? ctx.viewer.role };
}
