import { BadUserInputError, ConflictError, isUuid, NotFoundError } from '@maillage/subgraph-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { assertCan } from '../../access/access';
import { subjectOfBeneficiary } from '../../access/subjects';
import { writeAudit } from '../../audit/audit.recorder';
import type { Context } from '../../context';
import { loadWritableBeneficiary } from '../beneficiary/beneficiary.service';
import { addMonths, today } from '../shared/month';
import { Outcome } from './outcome.entity';
import { Path } from './path.entity';
import { DETAILS_OF_CATEGORY, OutcomeKind, PathStatus } from './path.enums';
import type { OpenPathInput, RecordOutcomeInput } from './path.inputs';

async function loadWritablePath(ctx: Context, id: string) {
  const path = isUuid(id) ? await ctx.em.findOne(Path, { id: id.toLowerCase() }, { disableIdentityMap: true }) : null;
  if (!path) throw new NotFoundError('no path with this pathId');
  const beneficiary = await loadWritableBeneficiary(ctx, path.beneficiaryId, 'pathId', { allowErased: true });
  assertCan(ctx.viewer, 'write', 'Path', await subjectOfBeneficiary(beneficiary, ctx));
  return path;
}

/** Opens a new path for a person whose previous one is closed. */
export async function openPath(ctx: Context, input: OpenPathInput): Promise<Path> {
  const beneficiary = await loadWritableBeneficiary(ctx, input.beneficiaryId, 'beneficiaryId');
  assertCan(ctx.viewer, 'write', 'Path', await subjectOfBeneficiary(beneficiary, ctx));
  if (input.referentStructureId && !isUuid(input.referentStructureId)) throw new BadUserInputError('referentStructureId must be a UUID', 'referentStructureId');
  const path = ctx.em.create(Path, {
    beneficiaryId: beneficiary.id,
    referentStructureId: input.referentStructureId?.toLowerCase() ?? beneficiary.referentStructureId ?? null,
    startedOn: input.startedOn,
    status: PathStatus.OPEN,
  }, { persist: false });
  try {
    await ctx.em.transactional(async (tx) => {
      await tx.insert(path);
      await writeAudit(tx, ctx, [{ beneficiaryId: beneficiary.id, operation: 'OPEN_PATH', fields: ['paths'] }]);
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError('the person already has an open path: close it first', { field: 'beneficiaryId' });
    throw error;
  }
  return path;
}

function validateOutcome(path: Path, input: RecordOutcomeInput): void {
  if (path.status !== PathStatus.CLOSED || !path.endedOn) throw new BadUserInputError('the path is still open: close it first (closePath)', 'pathId');
  const allowed = DETAILS_OF_CATEGORY[input.category] ?? [];
  if (input.detail && !allowed.includes(input.detail)) {
    throw new BadUserInputError(`detail ${input.detail} does not belong to category ${input.category} (allowed: ${allowed.join(', ') || 'none'})`, 'detail');
  }
  if (input.observedOn > today()) throw new BadUserInputError('observedOn cannot be in the future', 'observedOn');
  if (input.observedOn < path.endedOn) throw new BadUserInputError('observedOn is before the end of the path', 'observedOn');
  const sixMonthsLater = `${addMonths(path.endedOn.slice(0, 7), 6)}${path.endedOn.slice(7)}`;
  if (input.kind === OutcomeKind.SIX_MONTHS && input.observedOn < sixMonthsLater) {
    throw new BadUserInputError('a SIX_MONTHS outcome is observed six months or more after the end of the path', 'observedOn');
  }
}

/** Records the outcome at the end of a closed path, or six months later; one of each per path. */
export async function recordOutcome(ctx: Context, pathId: string, input: RecordOutcomeInput): Promise<Outcome> {
  const path = await loadWritablePath(ctx, pathId);
  validateOutcome(path, input);
  const outcome = ctx.em.create(Outcome, { pathId: path.id, ...input, detail: input.detail ?? null, recordedBy: ctx.viewer.subject ?? ctx.viewer.role }, { persist: false });
  try {
    await ctx.em.transactional(async (tx) => {
      await tx.insert(outcome);
      await writeAudit(tx, ctx, [{ beneficiaryId: path.beneficiaryId, operation: 'RECORD_OUTCOME', fields: [`outcomes.${input.kind}`] }]);
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(`this path already has a ${input.kind} outcome`, { field: 'kind' });
    throw error;
  }
  return outcome;
}

/** Closes a path on `endedOn` once its placements have ended (the exit outcome is recorded next). */
export async function closePath(ctx: Context, pathId: string, endedOn: string): Promise<Path> {
  const path = await loadWritablePath(ctx, pathId);
  if (path.status === PathStatus.CLOSED) throw new ConflictError('this path is already closed', { field: 'pathId' });
  if (endedOn < path.startedOn) throw new BadUserInputError('endedOn is before the start of the path', 'endedOn');
  const running = await ctx.em.execute<unknown[]>(
    'SELECT 1 FROM placement WHERE path_id = ? AND (end_date IS NULL OR end_date > ?) LIMIT 1', [path.id, endedOn]);
  if (running.length > 0) throw new BadUserInputError('placements of this path run after endedOn: close them first', 'endedOn');
  const changes = { status: PathStatus.CLOSED, endedOn };
  await ctx.em.transactional(async (tx) => {
    const updated = await tx.nativeUpdate(Path, { id: path.id, status: PathStatus.OPEN }, changes);
    if (updated === 0) throw new ConflictError('this path is already closed', { field: 'pathId' });
    await writeAudit(tx, ctx, [{ beneficiaryId: path.beneficiaryId, operation: 'CLOSE_PATH', fields: ['paths'] }]);
  });
  return Object.assign(path, changes);
}
