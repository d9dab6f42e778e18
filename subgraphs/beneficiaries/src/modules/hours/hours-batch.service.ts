import { createHash } from 'node:crypto';
import { BadUserInputError, ConflictError, isUuid } from '@maillage/subgraph-kit';
import { uuidArrayLiteral } from '../aggregates/aggregates.rollup';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import { can } from '../../access/access';
import { subjectOfPlacement, type AccessContext, type PersonRow, type PlacementRow } from '../../access/subjects';
import { writeAudit, type AuditEntry } from '../../audit/audit.recorder';
import type { Context } from '../../context';
import type { Placement } from '../placement/placement.entity';
import { type HoursBatchResult, type HoursLineInput, LineStatus } from './hours-batch.types';
import { ALREADY_DECLARED, firstVersions, insertFirstVersionIds, type NewStatement } from './hours.service';
import { validateHours } from './hours.validation';
import { workingTimeBreach } from './working-time';
import { breachMessage, lockPeople, monthlyTotals } from './working-time.repository';

export const MAX_BATCH_LINES = 1000;
const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

interface StoredLine { index: number; statementId: string | null; error: { code: string; field: string | null; message: string } | null }

function rejected(index: number, code: string, field: string | null, message: string): StoredLine {
  return { index, statementId: null, error: { code, field, message } };
}

/** What the checks of a line read of its placement and of its person: plain rows, not ORM entities. */
type PlacementLine = PlacementRow & Pick<Placement, 'id' | 'startDate' | 'endDate'>;

/**
 * The placements of a batch and their people, each in one query, as plain rows: a batch of 500 lines used to
 * build (and track, and flush-check at commit) 1,000 ORM entities that nothing writes to — most of its CPU
 * and memory. The access rules read the same columns as through the entities (access/subjects.ts).
 */
async function loadLineRows(ctx: Context, lines: HoursLineInput[]): Promise<{ placements: Map<string, PlacementLine>; access: AccessContext }> {
  const ids = [...new Set(lines.map((line) => line.placementId).filter(isUuid).map((id) => id.toLowerCase()))];
  const placements = ids.length === 0 ? [] : await ctx.em.execute<PlacementLine[]>(
    `SELECT id, beneficiary_id AS "beneficiaryId", employer_siret AS "employerSiret", employer_structure_id AS "employerStructureId",
            start_date::text AS "startDate", end_date::text AS "endDate"
       FROM placement WHERE id = ANY(?::uuid[])`, [uuidArrayLiteral(ids)]);
  const personIds = [...new Set(placements.map((placement) => placement.beneficiaryId))];
  const people = personIds.length === 0 ? [] : await ctx.em.execute<PersonRow[]>(
    `SELECT id, department_code AS "departmentCode", residence_commune_code AS "residenceCommuneCode", referent_structure_id AS "referentStructureId"
       FROM beneficiary WHERE id = ANY(?::uuid[])`, [uuidArrayLiteral(personIds)]);
  const byId = new Map(people.map((person) => [person.id, person]));
  const beneficiaryById = { load: async (id: string) => byId.get(id) ?? null };
  return { placements: new Map(placements.map((p) => [p.id, p])), access: { ...ctx, loaders: { ...ctx.loaders, beneficiaryById } } };
}

/** Checks every line on its own; returns the accepted statements (in line order) and the rejections. */
async function checkLines(ctx: Context, lines: HoursLineInput[]) {
  const { placements, access } = await loadLineRows(ctx, lines);
  const accepted: (NewStatement & { index: number; beneficiaryId: string })[] = [];
  const results: StoredLine[] = [];
  const seen = new Map<string, number>();
  for (const [index, line] of lines.entries()) {
    const prefix = `lines.${index}.`;
    const placement = isUuid(line.placementId) ? placements.get(line.placementId.toLowerCase()) : undefined;
    if (!placement) { results.push(rejected(index, 'NOT_FOUND', `${prefix}placementId`, 'no placement with this id')); continue; }
    if (!can(ctx.viewer, 'write', 'HoursStatement', await subjectOfPlacement(placement, access))) {
      results.push(rejected(index, 'FORBIDDEN', `${prefix}placementId`, `role ${ctx.viewer.role} may not declare hours for this placement`));
      continue;
    }
    try {
      const hours = validateHours(placement, line, prefix);
      const key = `${placement.id}|${hours.month}`;
      if (seen.has(key)) { results.push(rejected(index, 'CONFLICT', `${prefix}month`, `line ${seen.get(key)} of this batch already declares this placement and month`)); continue; }
      seen.set(key, index);
      accepted.push({ index, placementId: placement.id, beneficiaryId: placement.beneficiaryId, ...hours });
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      results.push(rejected(index, 'BAD_USER_INPUT', (error as GraphQLError).extensions.field as string, error.message));
    }
  }
  return { accepted, results };
}

type AcceptedLine = Awaited<ReturnType<typeof checkLines>>['accepted'][number];

/**
 * Under the lock of every person concerned (working-time.repository.ts): a line whose placement and month
 * already has a statement is a CONFLICT; the others are added, in line order, to the person's current
 * totals, and a line that would take the person past a working-time cap is rejected like a single
 * declaration would be.
 */
async function withinWorkingTime(tx: EntityManager, accepted: AcceptedLine[]): Promise<{ kept: AcceptedLine[]; refused: StoredLine[] }> {
  if (accepted.length === 0) return { kept: [], refused: [] };
  const people = accepted.map((line) => line.beneficiaryId);
  await lockPeople(tx, people);
  const declared = new Set((await tx.execute<{ key: string }[]>(
    `SELECT placement_id || '|' || month AS key FROM hours_statement
      WHERE is_current AND (placement_id, month) IN (SELECT x.placement_id, x.month FROM jsonb_to_recordset(?::jsonb) AS x(placement_id uuid, month text))`,
    [JSON.stringify(accepted.map((line) => ({ placement_id: line.placementId, month: line.month })))],
  )).map((row) => row.key));
  const totals = await monthlyTotals(tx, people, accepted.map((line) => line.month));
  const kept: AcceptedLine[] = [];
  const refused: StoredLine[] = [];
  for (const line of accepted) {
    const field = `lines.${line.index}.hoursWorked`;
    if (declared.has(`${line.placementId}|${line.month}`)) { refused.push(rejected(line.index, 'CONFLICT', `lines.${line.index}.month`, ALREADY_DECLARED)); continue; }
    const person = totals.get(line.beneficiaryId) ?? new Map<string, number>();
    const next = new Map(person).set(line.month, (person.get(line.month) ?? 0) + line.hundredths);
    const breach = workingTimeBreach(next, line.month);
    if (breach) { refused.push(rejected(line.index, 'BAD_USER_INPUT', field, breachMessage(breach, field))); continue; }
    totals.set(line.beneficiaryId, next);
    kept.push(line);
  }
  return { kept, refused };
}

/** Writes the accepted lines in one INSERT, their audit rows in another; lines already declared are conflicts. */
async function writeLines(tx: EntityManager, ctx: Context, checked: AcceptedLine[]): Promise<StoredLine[]> {
  const { kept: accepted, refused } = await withinWorkingTime(tx, checked);
  const rows = firstVersions(ctx.viewer, accepted);
  const inserted = new Set(await insertFirstVersionIds(tx, rows));
  const audit = new Map<string, string[]>();
  const results = accepted.map((line, position) => {
    const id = rows[position]!.id as string;
    if (!inserted.has(id)) return rejected(line.index, 'CONFLICT', `lines.${line.index}.month`, ALREADY_DECLARED);
    audit.set(line.beneficiaryId, [...(audit.get(line.beneficiaryId) ?? []), `hours.${line.month}`]);
    return { index: line.index, statementId: id, error: null };
  });
  const entries: AuditEntry[] = [...audit].map(([beneficiaryId, fields]) => ({ beneficiaryId, operation: 'DECLARE_HOURS', fields }));
  await writeAudit(tx, ctx, entries);
  return [...refused, ...results];
}

/**
 * Turns the stored per-line outcome into the GraphQL result. The statements are read back only when the
 * caller asks for them (`lines { statement }`), all in one query (`HoursLineResult.statement`).
 */
function present(key: string, lines: StoredLine[], replayed: boolean): HoursBatchResult {
  const declared = lines.filter((line) => line.statementId !== null).length;
  const sorted = [...lines].sort((a, b) => a.index - b.index);
  return {
    idempotencyKey: key,
    replayed,
    declared,
    rejected: lines.length - declared,
    lines: sorted.map((line) => ({
      index: line.index,
      status: line.statementId ? LineStatus.DECLARED : LineStatus.REJECTED,
      statementId: line.statementId,
      error: line.error,
    })),
  };
}

/**
 * Declares up to 1,000 lines, each on its own (see the mutation's description). Lines are checked first,
 * with reads only; then, in one transaction, the idempotency key is claimed: a retry waits for the first
 * attempt to commit, then replays its result without writing anything; the same key with other lines is
 * a CONFLICT. (No read on another connection happens inside the transaction, so concurrent batches cannot
 * exhaust the pool waiting on each other.)
 */
export async function declareHoursBatch(ctx: Context, idempotencyKey: string, lines: HoursLineInput[]): Promise<HoursBatchResult> {
  if (!KEY.test(idempotencyKey)) throw new BadUserInputError('idempotencyKey must be 8 to 100 letters, digits, or . _ : -', 'idempotencyKey');
  if (lines.length < 1 || lines.length > MAX_BATCH_LINES) throw new BadUserInputError(`lines must hold 1 to ${MAX_BATCH_LINES} lines`, 'lines');
  return declareHoursLines(ctx, idempotencyKey, lines);
}

/**
 * The batch itself, for callers that checked the key and the size themselves: the spreadsheet import
 * (hours-import/) declares a whole file (up to 20,000 lines, none at all when the file only corrects)
 * under one key, inside its own transaction (this one then runs as a savepoint of it).
 */
export async function declareHoursLines(ctx: Context, idempotencyKey: string, lines: HoursLineInput[]): Promise<HoursBatchResult> {
  const author = [ctx.viewer.role, ctx.viewer.organisation ?? '', ctx.viewer.subject ?? ''].join(':');
  const hash = createHash('sha256').update(JSON.stringify(lines.map((l) => [l.placementId, l.month, l.hoursWorked, l.trainingHours ?? null]))).digest('hex');
  const { accepted, results } = await checkLines(ctx, lines);
  const { stored, replayed } = await ctx.em.transactional(async (tx) => {
    const claimed = await tx.execute<unknown[]>(
      `INSERT INTO hours_batch (author, idempotency_key, payload_hash, result) VALUES (?, ?, ?, '[]') ON CONFLICT DO NOTHING RETURNING 1`,
      [author, idempotencyKey, hash],
    );
    if (claimed.length === 0) {
      const [previous] = await tx.execute<{ payload_hash: string; result: StoredLine[] }[]>(
        'SELECT payload_hash, result FROM hours_batch WHERE author = ? AND idempotency_key = ?', [author, idempotencyKey]);
      if (previous!.payload_hash !== hash) throw new ConflictError('this idempotencyKey was already used for different lines', { field: 'idempotencyKey' });
      return { stored: previous!.result, replayed: true };
    }
    const all = [...results, ...(await writeLines(tx, ctx, accepted))];
    await tx.execute('UPDATE hours_batch SET result = ?::jsonb WHERE author = ? AND idempotency_key = ?', [JSON.stringify(all), author, idempotencyKey]);
    return { stored: all, replayed: false };
  });
  return present(idempotencyKey, stored, replayed);
}
