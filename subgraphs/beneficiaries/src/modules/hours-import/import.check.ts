import { isUuid } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '../../access/access';
import { subjectOfPlacement } from '../../access/subjects';
import type { Context } from '../../context';
import { validateHours, type ValidHours } from '../hours/hours.validation';
import { workingTimeBreach } from '../hours/working-time';
import { breachMessage, monthlyTotals } from '../hours/working-time.repository';
import { monthCapHundredths } from '../hours/working-time';
import { Placement } from '../placement/placement.entity';
import { fromHundredths, toHundredths } from '../shared/hours';
import { currentMonth, isMonth, monthOf } from '../shared/month';
import { COLUMNS, frenchHours, type ColumnKey } from './import.columns';
import type { UploadedLine } from './import.lines';

export interface Refusal {
  line: number;
  column: string;
  message: string;
  values: UploadedLine;
}

/** A line that passes every rule: a first declaration, or a correction of the current statement. */
export interface CheckedLine extends ValidHours {
  line: number;
  placementId: string;
  beneficiaryId: string;
  remarks: string;
  /** Corrections only: the current statement, its hours, and the reason given. */
  previous?: { statementId: string; hoursWorked: string; trainingHours: string; hundredths: number };
  reason?: string;
}

export interface CheckedImport {
  accepted: CheckedLine[];
  corrections: CheckedLine[];
  /** Already declared with the same hours: nothing to do (a file sent twice). */
  unchanged: CheckedLine[];
  refused: Refusal[];
}

class LineRefusal extends Error {
  constructor(readonly column: ColumnKey, message: string) {
    super(message);
  }
}

const UNKNOWN = 'Mise en emploi inconnue, ou pour laquelle vous ne pouvez pas déclarer d’heures (vérifiez la référence dans le modèle)';

/**
 * The rules of a statement (hours.validation.ts), each with the French message an uploader reads and the
 * column it points to; `validateHours` then gives the statement exactly as a declaration would take it.
 */
function checkFigures(placement: Placement, line: UploadedLine): ValidHours {
  if (!isMonth(line.month)) throw new LineRefusal('month', `Le mois « ${line.month} » doit s’écrire AAAA-MM (ex. 2026-10)`);
  if (line.month > currentMonth()) throw new LineRefusal('month', `Le mois ${line.month} n’est pas encore commencé`);
  if (line.month < monthOf(placement.startDate) || (placement.endDate && line.month > monthOf(placement.endDate))) {
    throw new LineRefusal('month', `Le mois ${line.month} est hors des dates de la mise en emploi (du ${placement.startDate}${placement.endDate ? ` au ${placement.endDate}` : ', en cours'})`);
  }
  if (!line.hoursWorkedValid) throw new LineRefusal('hoursWorked', 'Les heures travaillées doivent être un nombre positif avec deux décimales au plus (ex. 151,67)');
  if (!line.trainingHoursValid) throw new LineRefusal('trainingHours', 'Les heures de formation doivent être un nombre positif avec deux décimales au plus (ex. 7,5)');
  const total = toHundredths(line.hoursWorked, 'hoursWorked') + toHundredths(line.trainingHours, 'trainingHours');
  if (total === 0) throw new LineRefusal('hoursWorked', 'Le total des heures (travaillées et de formation) doit être supérieur à 0');
  const cap = monthCapHundredths(line.month);
  if (total > cap) {
    throw new LineRefusal('hoursWorked', `${frenchHours(fromHundredths(total))} h dépassent le maximum légal de ${frenchHours(fromHundredths(cap))} h en ${line.month} : 48 h par semaine et 10 h par jour (Code du travail, L3121-20 et L3121-18)`);
  }
  return validateHours(placement, line);
}

async function placementsOf(em: EntityManager, lines: UploadedLine[]): Promise<Map<string, Placement>> {
  const ids = [...new Set(lines.map((line) => line.placementId).filter(isUuid))];
  const found = new Map<string, Placement>();
  for (let at = 0; at < ids.length; at += 5000) {
    for (const placement of await em.find(Placement, { id: { $in: ids.slice(at, at + 5000) } })) found.set(placement.id, placement);
  }
  return found;
}

interface Current { id: string; hours_worked: string; training_hours: string }

async function currentStatements(em: EntityManager, lines: { placementId: string; month: string }[]): Promise<Map<string, Current>> {
  if (lines.length === 0) return new Map();
  const rows = await em.execute<(Current & { key: string })[]>(
    `SELECT s.placement_id || '|' || s.month AS key, s.id, s.hours_worked::text, s.training_hours::text FROM hours_statement s
      WHERE s.is_current AND (s.placement_id, s.month) IN (SELECT x.placement_id, x.month FROM jsonb_to_recordset(?::jsonb) AS x(placement_id uuid, month text))`,
    [JSON.stringify(lines.map((line) => ({ placement_id: line.placementId, month: line.month })))],
  );
  return new Map(rows.map((row) => [row.key, row]));
}

/** Each line on its own: placement and access, figures, duplicates in the file. */
async function checkEach(ctx: Context, lines: UploadedLine[]) {
  const placements = await placementsOf(ctx.em, lines);
  await Promise.all([...placements.values()].map((placement) => ctx.loaders.beneficiaryById.load(placement.beneficiaryId)));
  const valid: CheckedLine[] = [];
  const refused: Refusal[] = [];
  const seen = new Map<string, number>();
  for (const line of lines) {
    try {
      const placement = placements.get(line.placementId);
      if (!placement || !can(ctx.viewer, 'write', 'HoursStatement', await subjectOfPlacement(placement, ctx))) throw new LineRefusal('placementId', UNKNOWN);
      const hours = checkFigures(placement, line);
      const key = `${placement.id}|${hours.month}`;
      if (seen.has(key)) throw new LineRefusal('month', `Ligne en double : la ligne ${seen.get(key)} déclare déjà cette mise en emploi pour ${hours.month}`);
      seen.set(key, line.line);
      valid.push({ ...hours, line: line.line, placementId: placement.id, beneficiaryId: placement.beneficiaryId, remarks: line.remarks, reason: line.reason || line.remarks });
    } catch (error) {
      if (!(error instanceof LineRefusal)) throw error;
      refused.push({ line: line.line, column: COLUMNS[error.column], message: error.message, values: line });
    }
  }
  return { valid, refused };
}

/**
 * Checks every line of a file as the declarations would, without writing: then sorts the valid ones into
 * first declarations, corrections (a month already declared with other hours: the reason comes from the
 * « Motif » or « Remarques » column) and unchanged ones, and checks the person's working time across all
 * of their placements (working-time.ts), in the file's order, corrections replacing what they correct.
 */
export async function checkImport(ctx: Context, lines: UploadedLine[]): Promise<CheckedImport> {
  const { valid, refused } = await checkEach(ctx, lines);
  const byLine = new Map(lines.map((line) => [line.line, line]));
  const refuse = (line: CheckedLine, column: ColumnKey, message: string) => refused.push({ line: line.line, column: COLUMNS[column], message, values: byLine.get(line.line)! });
  const current = await currentStatements(ctx.em, valid);
  const totals = valid.length ? await monthlyTotals(ctx.em, valid.map((line) => line.beneficiaryId), valid.map((line) => line.month)) : new Map<string, Map<string, number>>();
  const result: CheckedImport = { accepted: [], corrections: [], unchanged: [], refused };
  for (const line of valid) {
    const existing = current.get(`${line.placementId}|${line.month}`);
    const previous = existing && {
      statementId: existing.id, hoursWorked: existing.hours_worked, trainingHours: existing.training_hours,
      hundredths: toHundredths(existing.hours_worked, 'hoursWorked') + toHundredths(existing.training_hours, 'trainingHours'),
    };
    if (previous && previous.hoursWorked === line.hoursWorked && previous.trainingHours === line.trainingHours) { result.unchanged.push(line); continue; }
    const reason = (line.reason ?? '').trim();
    if (previous && (reason.length < 3 || reason.length > 500)) {
      refuse(line, 'remarks', `Ce mois est déjà déclaré (${frenchHours(previous.hoursWorked)} h travaillées, ${frenchHours(previous.trainingHours)} h de formation) : pour le corriger, écrivez le motif de la correction dans la colonne « Remarques » (3 à 500 caractères)`);
      continue;
    }
    const person = totals.get(line.beneficiaryId) ?? new Map<string, number>();
    const next = new Map(person).set(line.month, (person.get(line.month) ?? 0) - (previous?.hundredths ?? 0) + line.hundredths);
    const breach = workingTimeBreach(next, line.month);
    if (breach) { refuse(line, 'hoursWorked', breachMessage(breach, COLUMNS.hoursWorked)); continue; }
    totals.set(line.beneficiaryId, next);
    if (previous) result.corrections.push({ ...line, previous, reason });
    else result.accepted.push({ ...line, reason: undefined });
  }
  result.refused.sort((a, b) => a.line - b.line);
  return result;
}
