import { BadUserInputError, ConflictError, NotFoundError } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import { createLoaders, type Context } from '../../context';
import { declareHoursLines } from '../hours/hours-batch.service';
import { LineStatus } from '../hours/hours-batch.types';
import { correctHoursStatement } from '../hours/hours.service';
import { checkImport, type CheckedImport, type Refusal } from './import.check';
import { COLUMNS } from './import.columns';
import { importKey, uploaderOf, type UploadedLine } from './import.lines';

export interface Confirmation {
  key: string;
  /** True when this file had already been confirmed: nothing was written this time. */
  replayed: boolean;
  declared: number;
  corrected: number;
  unchanged: number;
  refused: Refusal[];
  message: string;
}

/** Whether this uploader already confirmed a file with this key (hours_batch keeps the key of every batch). */
export async function alreadyConfirmed(em: EntityManager, ctx: Context, key: string): Promise<{ declared: number } | null> {
  const [row] = await em.execute<{ result: { statementId: string | null }[] }[]>(
    'SELECT result FROM hours_batch WHERE author = ? AND idempotency_key = ?', [uploaderOf(ctx.viewer), key]);
  return row ? { declared: row.result.filter((line) => line.statementId).length } : null;
}

const replay = (key: string, declared: number): Confirmation => ({
  key, replayed: true, declared: 0, corrected: 0, unchanged: 0, refused: [],
  message: `Ce fichier a déjà été confirmé (${declared} relevé(s) déclaré(s) alors) : rien n’a été déclaré une seconde fois.`,
});

/** A correction refused when it is written (someone corrected the month meanwhile, a cap reached since). */
function refusalOf(error: unknown, line: UploadedLine): Refusal {
  if (!(error instanceof BadUserInputError || error instanceof ConflictError || error instanceof NotFoundError)) throw error;
  const field = String((error as GraphQLError).extensions.field ?? '');
  return {
    line: line.line, column: field === 'hoursWorked' ? COLUMNS.hoursWorked : COLUMNS.month, values: line,
    message: error instanceof ConflictError ? 'Ce relevé a été corrigé entre-temps : envoyez de nouveau le fichier pour voir l’état actuel' : 'Refusé à l’enregistrement : les heures de la personne ont changé depuis l’aperçu, envoyez de nouveau le fichier',
  };
}

/**
 * Declares a checked file in one transaction: the first declarations through the batch of
 * `declareHoursBatch` (same checks under the people's locks, same audit rows), claiming the file's key;
 * then each correction through `correctHoursStatement` (a new version with its reason). The key is
 * claimed first: the same file confirmed again — or twice at once — replays and writes nothing.
 */
export async function confirmImport(ctx: Context, lines: UploadedLine[]): Promise<Confirmation> {
  const key = importKey(ctx.viewer, lines);
  const before = await alreadyConfirmed(ctx.em, ctx, key);
  if (before) return replay(key, before.declared);
  return ctx.em.transactional(async (tx) => {
    // Every read of the confirmation happens on the transaction's connection (its own loaders).
    const inTx: Context = { ...ctx, em: tx, loaders: createLoaders(tx) };
    const checked: CheckedImport = await checkImport(inTx, lines);
    const byLine = new Map(lines.map((line) => [line.line, line]));
    const batch = await declareHoursLines(inTx, key, checked.accepted.map((line) => ({
      placementId: line.placementId, month: line.month, hoursWorked: line.hoursWorked, trainingHours: line.trainingHours,
    })));
    if (batch.replayed) return replay(key, batch.declared);
    const refused = [...checked.refused];
    batch.lines.forEach((result, index) => {
      if (result.status === LineStatus.REJECTED) refused.push(refusalOf(new BadUserInputError(result.error?.message ?? '', 'hoursWorked'), byLine.get(checked.accepted[index]!.line)!));
    });
    let corrected = 0;
    for (const line of checked.corrections) {
      try {
        await correctHoursStatement(inTx, line.previous!.statementId, { hoursWorked: line.hoursWorked, trainingHours: line.trainingHours, reason: line.reason! });
        corrected += 1;
      } catch (error) {
        refused.push(refusalOf(error, byLine.get(line.line)!));
      }
    }
    refused.sort((a, b) => a.line - b.line);
    return {
      key, replayed: false, declared: batch.declared, corrected, unchanged: checked.unchanged.length, refused,
      message: `${batch.declared} relevé(s) déclaré(s), ${corrected} corrigé(s), ${checked.unchanged.length} déjà à jour, ${refused.length} ligne(s) refusée(s).`,
    };
  });
}
