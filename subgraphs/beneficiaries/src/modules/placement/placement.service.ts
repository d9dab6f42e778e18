import { BadUserInputError, isUuid, NotFoundError } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan } from '../../access/access';
import { subjectOfPlacement } from '../../access/subjects';
import { writeAudit } from '../../audit/audit.recorder';
import type { Context } from '../../context';
import { loadWritableBeneficiary } from '../beneficiary/beneficiary.service';
import { Path } from '../path/path.entity';
import { PathStatus } from '../path/path.enums';
import { validateRomeCode } from '../jobs/job.validation';
import { Placement } from './placement.entity';
import { eligibilityAtHiring } from './placement.eligibility';
import { EligibilityBasis } from './placement.enums';
import { validatePassIae } from './placement.iae';
import type { OpenPlacementInput, UpdatePlacementInput } from './placement.inputs';
import { validateContractType, validateDates, validateEmployer, validateUuid, validateModality } from './placement.validation';

/**
 * Opens a placement in the person's open path, for a person eligible on its start date — or with a
 * facilitator's reasoned exemption, audited (placement.eligibility.ts).
 */
export async function openPlacement(ctx: Context, input: OpenPlacementInput): Promise<Placement> {
  const beneficiary = await loadWritableBeneficiary(ctx, input.beneficiaryId, 'beneficiaryId');
  const employer = validateEmployer(input.employerSiret, input.employerStructureId);
  const placement = ctx.em.create(Placement, {
    beneficiaryId: beneficiary.id,
    contractId: validateUuid(input.contractId, 'contractId'),
    lotId: input.lotId ? validateUuid(input.lotId, 'lotId') : null,
    ...employer,
    modality: validateModality(input.modality),
    employmentContractType: input.employmentContractType,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    romeCode: validateRomeCode(input.romeCode),
    pathId: '',
    eligibilityBasis: EligibilityBasis.CRITERION,
  }, { persist: false });
  assertCan(ctx.viewer, 'write', 'Placement', await subjectOfPlacement(placement, ctx));
  validateDates(placement.startDate, placement.endDate);
  validateContractType(placement.modality, placement.employmentContractType);
  const path = await ctx.em.findOne(Path, { beneficiaryId: beneficiary.id, status: PathStatus.OPEN });
  if (!path) throw new BadUserInputError('the person has no open path: open one first (openPath)', 'beneficiaryId');
  if (placement.startDate < path.startedOn) throw new BadUserInputError('startDate is before the start of the person’s path', 'startDate');
  placement.pathId = path.id;
  const pass = validatePassIae(input, placement.startDate);
  if (pass) Object.assign(placement, pass);
  Object.assign(placement, await eligibilityAtHiring(ctx, beneficiary.id, placement.startDate, input.eligibilityExemptionReason, pass?.iaeStructureKind));
  const fields = placement.eligibilityBasis === EligibilityBasis.EXEMPTION ? ['placements', 'placements.eligibilityExemption'] : ['placements'];
  await ctx.em.transactional(async (tx) => {
    await tx.insert(placement);
    await writeAudit(tx, ctx, [{ beneficiaryId: beneficiary.id, operation: 'OPEN_PLACEMENT', fields }]);
  });
  return placement;
}

/** A placement about to be written, outside the identity map (see loadWritableBeneficiary). */
export async function loadWritablePlacement(ctx: Context, id: string, field = 'placementId'): Promise<Placement> {
  const placement = isUuid(id) ? await ctx.em.findOne(Placement, { id: id.toLowerCase() }, { disableIdentityMap: true }) : null;
  if (!placement) throw new NotFoundError(`no placement with this ${field}`);
  return placement;
}

/** True when statements exist for months outside [start, end] (a change of dates would orphan them). */
async function statementsOutside(em: EntityManager, placementId: string, startDate: string, endDate: string | null): Promise<boolean> {
  const rows = await em.execute<{ outside: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM hours_statement WHERE placement_id = ? AND is_current
       AND (month < left(?, 7) OR (?::text IS NOT NULL AND month > left(?, 7)))) AS outside`,
    [placementId, startDate, endDate, endDate],
  );
  return rows[0]!.outside;
}

/** Changes a placement's lot, employer, modality, contract type or dates (closing it sets its end). */
export async function updatePlacement(ctx: Context, id: string, input: UpdatePlacementInput, operation: 'UPDATE_PLACEMENT' | 'CLOSE_PLACEMENT' = 'UPDATE_PLACEMENT'): Promise<Placement> {
  const placement = await loadWritablePlacement(ctx, id, 'id');
  await loadWritableBeneficiary(ctx, placement.beneficiaryId, 'id');
  assertCan(ctx.viewer, 'write', 'Placement', await subjectOfPlacement(placement, ctx));
  const changes: Partial<Placement> = {};
  if (input.employerSiret !== undefined || input.employerStructureId !== undefined) {
    Object.assign(changes, validateEmployer(input.employerSiret, input.employerStructureId));
  }
  if (input.lotId !== undefined) changes.lotId = input.lotId ? validateUuid(input.lotId, 'lotId') : null;
  if (input.modality) changes.modality = validateModality(input.modality);
  if (input.employmentContractType) changes.employmentContractType = input.employmentContractType;
  if (input.startDate) changes.startDate = input.startDate;
  if (input.endDate !== undefined) changes.endDate = input.endDate;
  if (input.romeCode !== undefined) changes.romeCode = validateRomeCode(input.romeCode);
  if (Object.keys(changes).length === 0) throw new BadUserInputError('input changes nothing', 'input');
  const next = { ...placement, ...changes };
  validateDates(next.startDate, next.endDate);
  validateContractType(next.modality, next.employmentContractType);
  if (changes.startDate && placement.eligibilityBasis === EligibilityBasis.CRITERION) {
    await eligibilityAtHiring(ctx, placement.beneficiaryId, changes.startDate, null, placement.iaeStructureKind ?? null);
  }
  if (await statementsOutside(ctx.em, placement.id, next.startDate, next.endDate ?? null)) {
    throw new BadUserInputError('hours are declared for months outside these dates: correct or keep them first', input.startDate ? 'startDate' : 'endDate');
  }
  await ctx.em.transactional(async (tx) => {
    await tx.nativeUpdate(Placement, { id: placement.id }, changes);
    await writeAudit(tx, ctx, [{ beneficiaryId: placement.beneficiaryId, operation, fields: Object.keys(changes).map((key) => `placements.${key}`) }]);
  });
  return Object.assign(placement, changes);
}

/** Ends a placement on `endDate`. */
export function closePlacement(ctx: Context, id: string, endDate: string): Promise<Placement> {
  return updatePlacement(ctx, id, { endDate }, 'CLOSE_PLACEMENT');
}
