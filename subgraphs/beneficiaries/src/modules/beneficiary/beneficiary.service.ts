import { BadUserInputError, ConflictError, departmentOfCommune, isUuid, NotFoundError } from '@maillage/subgraph-kit';
import type { BeneficiaryField } from '../../access/access-table';
import { assertCan } from '../../access/access';
import { subjectOfBeneficiary } from '../../access/subjects';
import { writeAudit } from '../../audit/audit.recorder';
import type { Context } from '../../context';
import { BeneficiaryCriterion } from '../criterion/beneficiary-criterion.entity';
import { Path } from '../path/path.entity';
import { PathStatus } from '../path/path.enums';
import { today } from '../shared/month';
import { Beneficiary } from './beneficiary.entity';
import type { CreateBeneficiaryInput, UpdateBeneficiaryInput } from './beneficiary.inputs';
import { validateBeneficiaryFields } from './beneficiary.validation';

/** Input keys are columns; the access table and the audit log speak of GraphQL fields. */
const FIELD_OF_INPUT: Record<string, BeneficiaryField> = { residenceCommuneCode: 'residenceCommune', referentStructureId: 'referentStructure' };
const fieldsOf = (input: object): BeneficiaryField[] => Object.keys(input).map((key) => FIELD_OF_INPUT[key] ?? (key as BeneficiaryField));

/**
 * A person about to be written: NOT_FOUND when missing, CONFLICT once erased. Loaded outside the identity
 * map, so that what a mutation changes on it is never flushed again by a later transaction.
 */
export async function loadWritableBeneficiary(ctx: Context, id: string, field: string, options: { allowErased?: boolean } = {}): Promise<Beneficiary> {
  const beneficiary = isUuid(id) ? await ctx.em.findOne(Beneficiary, { id: id.toLowerCase() }, { disableIdentityMap: true }) : null;
  if (!beneficiary) throw new NotFoundError(`no beneficiary with this ${field}`);
  if (beneficiary.erasedAt && !options.allowErased) throw new ConflictError('this person’s record has been erased: it can no longer change');
  return beneficiary;
}

/** Creates a person and opens their path, in one transaction with its audit row. */
export async function createBeneficiary(ctx: Context, input: CreateBeneficiaryInput): Promise<Beneficiary> {
  const fields = validateBeneficiaryFields(input);
  const departmentCode = departmentOfCommune(fields.residenceCommuneCode!);
  const subject = { departmentCode, communeCode: fields.residenceCommuneCode!, referentStructureId: fields.referentStructureId ?? null, employers: [] };
  for (const field of fieldsOf(fields)) assertCan(ctx.viewer, 'write', `Beneficiary.${field}`, subject);
  const beneficiary = ctx.em.create(Beneficiary, { ...fields, departmentCode }, { persist: false });
  const path = ctx.em.create(Path, {
    beneficiaryId: beneficiary.id,
    referentStructureId: fields.referentStructureId ?? null,
    startedOn: input.pathStartedOn ?? today(),
    status: PathStatus.OPEN,
  }, { persist: false });
  await ctx.em.transactional(async (tx) => {
    await tx.insert(beneficiary);
    await tx.insert(path);
    await writeAudit(tx, ctx, [{ beneficiaryId: beneficiary.id, operation: 'CREATE', fields: fieldsOf(fields) }]);
  });
  return beneficiary;
}

/** Changes some fields of a person; each one needs its write rule. */
export async function updateBeneficiary(ctx: Context, id: string, input: UpdateBeneficiaryInput): Promise<Beneficiary> {
  const beneficiary = await loadWritableBeneficiary(ctx, id, 'id');
  const fields = validateBeneficiaryFields(input);
  if (Object.keys(fields).length === 0) throw new BadUserInputError('input changes no field', 'input');
  const subject = await subjectOfBeneficiary(beneficiary, ctx);
  for (const field of fieldsOf(fields)) assertCan(ctx.viewer, 'write', `Beneficiary.${field}`, subject);
  const changes: Partial<Beneficiary> = { ...fields, updatedAt: new Date() };
  if (fields.residenceCommuneCode) changes.departmentCode = departmentOfCommune(fields.residenceCommuneCode);
  await ctx.em.transactional(async (tx) => {
    const updated = await tx.nativeUpdate(Beneficiary, { id: beneficiary.id, erasedAt: null }, changes);
    if (updated === 0) throw new ConflictError('this person’s record has been erased: it can no longer change');
    await writeAudit(tx, ctx, [{ beneficiaryId: beneficiary.id, operation: 'UPDATE', fields: fieldsOf(fields) }]);
  });
  return Object.assign(beneficiary, changes);
}

const ERASED_IDENTITY: Partial<Beneficiary> = {
  firstName: null, lastName: null, birthDate: null, sex: null, email: null, phone: null, franceTravailId: null,
  residenceCommuneCode: null, qpvResident: null, qualificationLevel: null, consentDate: null,
};

/**
 * Right to erasure (GDPR art. 17): the identity, contact and situation are emptied and the criteria (with
 * their health and justice data) deleted; the department, referent, placements, hours and outcomes stay,
 * now about nobody in particular, so that contracts' insertion aggregates do not change.
 */
export async function eraseBeneficiary(ctx: Context, id: string): Promise<Beneficiary> {
  const beneficiary = await loadWritableBeneficiary(ctx, id, 'id');
  assertCan(ctx.viewer, 'write', 'Beneficiary(erase)', await subjectOfBeneficiary(beneficiary, ctx));
  const changes = { ...ERASED_IDENTITY, erasedAt: new Date(), updatedAt: new Date() };
  await ctx.em.transactional(async (tx) => {
    const updated = await tx.nativeUpdate(Beneficiary, { id: beneficiary.id, erasedAt: null }, changes);
    if (updated === 0) throw new ConflictError('this person’s record has already been erased');
    await tx.nativeDelete(BeneficiaryCriterion, { beneficiaryId: beneficiary.id });
    await writeAudit(tx, ctx, [{ beneficiaryId: beneficiary.id, operation: 'ERASE', fields: [...fieldsOf(ERASED_IDENTITY), 'criteria'] }]);
  });
  return Object.assign(beneficiary, changes);
}
