import { BadUserInputError, ConflictError, DEPARTMENT_CODE, isUuid, NotFoundError } from '@maillage/subgraph-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { assertCan } from '../../access/access';
import { subjectOfBeneficiary } from '../../access/subjects';
import { writeAudit } from '../../audit/audit.recorder';
import type { Context } from '../../context';
import { loadWritableBeneficiary } from '../beneficiary/beneficiary.service';
import { addDays, today } from '../shared/month';
import { BeneficiaryCriterion } from './beneficiary-criterion.entity';
import type { AddCriterionInput, DefineCriterionInput } from './criterion.inputs';
import { criterionResource } from './criterion.enums';
import { catalogueOf } from './criterion.loaders';
import { EligibilityCriterion, NATIONAL } from './eligibility-criterion.entity';

/** Records a criterion with its proof's type and date; the proof's end of validity is fixed now. */
export async function addCriterion(ctx: Context, input: AddCriterionInput): Promise<BeneficiaryCriterion> {
  const beneficiary = await loadWritableBeneficiary(ctx, input.beneficiaryId, 'beneficiaryId');
  const entry = catalogueOf(await ctx.loaders.catalogue(), beneficiary.departmentCode).find((row) => row.code === input.criterionCode);
  if (!entry) throw new BadUserInputError('criterionCode is not in the catalogue of the person’s territory', 'criterionCode');
  assertCan(ctx.viewer, 'write', criterionResource(entry.sensitivity), await subjectOfBeneficiary(beneficiary, ctx));
  if (input.proofDate > today()) throw new BadUserInputError('proofDate cannot be in the future', 'proofDate');
  const proofType = input.proofType?.trim() || entry.proofType;
  if (proofType.length > 200) throw new BadUserInputError('proofType has at most 200 characters', 'proofType');
  const criterion = ctx.em.create(BeneficiaryCriterion, {
    beneficiaryId: beneficiary.id,
    criterionId: entry.id,
    proofType,
    proofDate: input.proofDate,
    expiresOn: entry.proofValidityDays ? addDays(input.proofDate, entry.proofValidityDays - 1) : null,
    recordedBy: ctx.viewer.subject ?? ctx.viewer.role,
  }, { persist: false });
  try {
    await ctx.em.transactional(async (tx) => {
      await tx.insert(criterion);
      await writeAudit(tx, ctx, [{ beneficiaryId: beneficiary.id, operation: 'ADD_CRITERION', fields: [`criteria.${entry.code}`] }]);
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError('this criterion is already recorded with a proof of that date');
    throw error;
  }
  return criterion;
}

/**
 * Validates a criterion for a date (typically a placement's start): refused when the proof is dated after
 * that date or has expired by then.
 */
export async function validateCriterion(ctx: Context, id: string, validFor: string): Promise<BeneficiaryCriterion> {
  const criterion = isUuid(id) ? await ctx.em.findOne(BeneficiaryCriterion, { id: id.toLowerCase() }) : null;
  if (!criterion) throw new NotFoundError('no beneficiary criterion with this id');
  const beneficiary = await loadWritableBeneficiary(ctx, criterion.beneficiaryId, 'id');
  const entry = (await ctx.loaders.catalogue()).get(criterion.criterionId)!;
  assertCan(ctx.viewer, 'write', criterionResource(entry.sensitivity), await subjectOfBeneficiary(beneficiary, ctx));
  if (criterion.validatedAt) throw new ConflictError('this criterion is already validated; record a new proof to validate it again');
  if (validFor < criterion.proofDate) throw new BadUserInputError('validFor is before the date of the proof', 'validFor');
  if (criterion.expiresOn && validFor > criterion.expiresOn) {
    throw new BadUserInputError(`the proof has expired on the date validFor (a ${entry.code} proof is valid ${entry.proofValidityDays} days)`, 'validFor');
  }
  const validation = { validatedFor: validFor, validatedBy: ctx.viewer.subject ?? ctx.viewer.role, validatedAt: new Date() };
  await ctx.em.transactional(async (tx) => {
    // The condition on validatedAt makes two concurrent validations a conflict, not a silent overwrite.
    const updated = await tx.nativeUpdate(BeneficiaryCriterion, { id: criterion.id, validatedAt: null }, validation);
    if (updated === 0) throw new ConflictError('this criterion is already validated; record a new proof to validate it again');
    await writeAudit(tx, ctx, [{ beneficiaryId: beneficiary.id, operation: 'VALIDATE_CRITERION', fields: [`criteria.${entry.code}`] }]);
  });
  return Object.assign(criterion, validation);
}

/** Adds a criterion to a territory's catalogue (the national one: admins only). */
export async function defineCriterion(ctx: Context, input: DefineCriterionInput): Promise<EligibilityCriterion> {
  if (input.territory !== NATIONAL && !DEPARTMENT_CODE.test(input.territory)) {
    throw new BadUserInputError('territory must be a department code or FR', 'territory');
  }
  if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(input.code)) throw new BadUserInputError('code must be 2 to 40 capitals, digits or _', 'code');
  if (input.iaeLevel != null && input.iaeLevel !== 1 && input.iaeLevel !== 2) throw new BadUserInputError('iaeLevel must be 1 or 2', 'iaeLevel');
  if (input.proofValidityDays != null && input.proofValidityDays < 1) {
    throw new BadUserInputError('proofValidityDays must be at least 1', 'proofValidityDays');
  }
  assertCan(ctx.viewer, 'write', 'EligibilityCriterion', { departmentCode: input.territory, communeCode: null, referentStructureId: null, employers: [] });
  const criterion = ctx.em.create(EligibilityCriterion, { ...input, proofValidityDays: input.proofValidityDays ?? null, iaeLevel: input.iaeLevel ?? null }, { persist: false });
  try {
    await ctx.em.insert(criterion);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError('this territory already has a criterion with this code');
    throw error;
  }
  return criterion;
}
