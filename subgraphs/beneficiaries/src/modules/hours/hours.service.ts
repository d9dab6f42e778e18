import { ConflictError, isUuid, NotFoundError, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { assertCan } from '../../access/access';
import { subjectOfPlacement } from '../../access/subjects';
import { writeAudit } from '../../audit/audit.recorder';
import type { Context } from '../../context';
import type { Placement } from '../placement/placement.entity';
import { loadWritablePlacement } from '../placement/placement.service';
import { HoursStatement } from './hours-statement.entity';
import type { CorrectHoursInput, DeclareHoursInput } from './hours.inputs';
import { sourceOf } from './hours.enums';
import { validateHours, validateReason, type ValidHours } from './hours.validation';
import { assertWithinWorkingTime, lockPeople } from './working-time.repository';

/** Said to whoever declares a month twice: a statement changes only through a correction. */
export const ALREADY_DECLARED =
  'a statement already exists for this placement and month: change it with the correctHoursStatement mutation (a new version, with a reason)';

export interface NewStatement extends ValidHours {
  placementId: string;
}

/** The rows of new first versions, authored by the viewer. */
export function firstVersions(viewer: Viewer, statements: NewStatement[]): Record<string, unknown>[] {
  return statements.map((statement) => ({
    id: randomUUID(),
    placement_id: statement.placementId,
    month: statement.month,
    hours_worked: statement.hoursWorked,
    training_hours: statement.trainingHours,
    source: sourceOf(viewer.role),
    declared_by: viewer.subject ?? viewer.role,
    declared_by_role: viewer.role,
  }));
}

/**
 * Inserts first versions in one statement. Two declarations of the same month — in one batch, or 200 at
 * once from different requests — meet the unique (placement, month, version) constraint: exactly one row
 * is inserted, the others are skipped and reported as conflicts by their caller.
 */
export async function insertFirstVersions(em: EntityManager, rows: Record<string, unknown>[]): Promise<HoursStatement[]> {
  if (rows.length === 0) return [];
  const inserted = await em.execute<Record<string, unknown>[]>(insertFirstVersionsSql('*'), [JSON.stringify(rows)]);
  return inserted.map((row) => em.map(HoursStatement, row));
}

const insertFirstVersionsSql = (returning: string) =>
  `INSERT INTO hours_statement (id, placement_id, month, version, hours_worked, training_hours, source, declared_by, declared_by_role, is_current)
   SELECT x.id, x.placement_id, x.month, 1, x.hours_worked, x.training_hours, x.source, x.declared_by, x.declared_by_role, TRUE
     FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, placement_id uuid, month text, hours_worked numeric, training_hours numeric,
          source text, declared_by text, declared_by_role text)
   ON CONFLICT DO NOTHING
   RETURNING ${returning}`;

/** The same insert for a batch, which needs only the ids of the rows written (no entity per line). */
export async function insertFirstVersionIds(em: EntityManager, rows: Record<string, unknown>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await em.execute<{ id: string }[]>(insertFirstVersionsSql('id'), [JSON.stringify(rows)]);
  return inserted.map((row) => row.id);
}

/**
 * Declares one month of one placement (its employer may too). The person's other statements are read
 * under their lock, so that the working-time caps hold across all of their placements (working-time.ts).
 */
export async function declareHours(ctx: Context, input: DeclareHoursInput): Promise<HoursStatement> {
  const placement = await loadWritablePlacement(ctx, input.placementId);
  assertCan(ctx.viewer, 'write', 'HoursStatement', await subjectOfPlacement(placement, ctx));
  const hours = validateHours(placement, input);
  return ctx.em.transactional(async (tx) => {
    await lockPeople(tx, [placement.beneficiaryId]);
    const declared = await tx.execute<unknown[]>('SELECT 1 FROM hours_statement WHERE placement_id = ? AND month = ? AND is_current', [placement.id, hours.month]);
    if (declared.length > 0) throw new ConflictError(ALREADY_DECLARED, { field: 'month' });
    await assertWithinWorkingTime(tx, placement.beneficiaryId, hours.month, hours.hundredths, 'hoursWorked');
    const [statement] = await insertFirstVersions(tx, firstVersions(ctx.viewer, [{ placementId: placement.id, ...hours }]));
    if (!statement) throw new ConflictError(ALREADY_DECLARED, { field: 'month' });
    await writeAudit(tx, ctx, [{ beneficiaryId: placement.beneficiaryId, operation: 'DECLARE_HOURS', fields: [`hours.${hours.month}`] }]);
    return statement;
  });
}

async function loadStatement(ctx: Context, id: string): Promise<{ statement: HoursStatement; placement: Placement }> {
  const statement = isUuid(id) ? await ctx.em.findOne(HoursStatement, { id: id.toLowerCase() }, { disableIdentityMap: true }) : null;
  if (!statement) throw new NotFoundError('no hours statement with this id');
  return { statement, placement: await loadWritablePlacement(ctx, statement.placementId) };
}

/**
 * Corrects the current version of a statement with a new version (author, reason); the old one stays in
 * the history. Correcting a version that is no longer current — someone corrected it meanwhile — is a
 * CONFLICT: the row lock of the UPDATE serialises concurrent corrections. The new hours are checked against
 * the person's other current statements under the person's lock, like a declaration.
 */
export async function correctHoursStatement(ctx: Context, statementId: string, input: CorrectHoursInput): Promise<HoursStatement> {
  const { statement, placement } = await loadStatement(ctx, statementId);
  assertCan(ctx.viewer, 'write', 'HoursStatement', await subjectOfPlacement(placement, ctx));
  const hours = validateHours(placement, { ...input, month: statement.month });
  const reason = validateReason(input.reason);
  return ctx.em.transactional(async (tx) => {
    await lockPeople(tx, [placement.beneficiaryId]);
    const superseded = await tx.execute<{ version: number }[]>(
      'UPDATE hours_statement SET is_current = FALSE WHERE id = ? AND is_current RETURNING version',
      [statement.id],
    );
    if (superseded.length === 0) {
      throw new ConflictError('this version is no longer the current one: read the statement’s history and correct its latest version', { field: 'statementId' });
    }
    await assertWithinWorkingTime(tx, placement.beneficiaryId, statement.month, hours.hundredths, 'hoursWorked');
    const [row] = firstVersions(ctx.viewer, [{ placementId: placement.id, ...hours }]);
    const inserted = await tx.execute<Record<string, unknown>[]>(
      `INSERT INTO hours_statement (id, placement_id, month, version, hours_worked, training_hours, source, declared_by, declared_by_role, correction_reason, is_current)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE) RETURNING *`,
      [row!.id, placement.id, statement.month, superseded[0]!.version + 1, hours.hoursWorked, hours.trainingHours, row!.source, row!.declared_by, row!.declared_by_role, reason],
    );
    await writeAudit(tx, ctx, [{ beneficiaryId: placement.beneficiaryId, operation: 'CORRECT_HOURS', fields: [`hours.${statement.month}`] }]);
    return tx.map(HoursStatement, inserted[0]!);
  });
}
