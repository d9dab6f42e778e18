import type { Client, OperationResult } from 'urql';
import { fieldError, fieldErrorsOf, isRetryable, type FieldError } from '../form/server-errors';
import {
  HoursGridDocument,
  type CorrectHoursInput,
  type CorrectHoursStatementMutation,
  type CorrectHoursStatementMutationVariables,
  type DeclareHoursBatchMutation,
  type DeclareHoursBatchMutationVariables,
  type HoursLineInput,
  type PlacementFilter,
} from '../gql/graphql';

export interface SaveOutcome {
  kind: 'saved' | 'refused' | 'retry' | 'nothing';
  message: string;
}

export interface HoursSave {
  declarations: HoursLineInput[];
  corrections: { placementId: string; statementId: string; input: CorrectHoursInput }[];
  /** The idempotency key of these declarations: the same lines sent again carry the same key. */
  key: string;
  declare(variables: DeclareHoursBatchMutationVariables): Promise<OperationResult<DeclareHoursBatchMutation>>;
  correct(variables: CorrectHoursStatementMutationVariables): Promise<OperationResult<CorrectHoursStatementMutation>>;
  client: Client;
  /** The grid's placements (a contract's, a company's), read again to check a correction already recorded. */
  filter: PlacementFilter;
  month: string;
}

export interface HoursSaveResult {
  saved: string[];
  refused: { placementId: string; error: FieldError }[];
  outcome: SaveOutcome;
}

const RETRY: SaveOutcome = {
  kind: 'retry',
  message:
    'Le service ne répond pas : rien n’est perdu, vos saisies sont conservées. Réessayez dans un instant ; un même envoi n’est jamais enregistré deux fois.',
};

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

/**
 * Sends the month: the new statements as one idempotent batch (the server replays its first answer to the
 * same key), then each correction. A correction sent twice — its answer lost on the way — meets the server's
 * « no longer the current version » conflict; when the current version is then exactly the one sent, it was
 * recorded by the first send and counts as saved.
 */
export async function saveHours(save: HoursSave): Promise<HoursSaveResult> {
  const saved: string[] = [];
  const refused: HoursSaveResult['refused'] = [];
  let replayed = false;
  if (save.declarations.length > 0) {
    const result = await save.declare({ lines: save.declarations, idempotencyKey: save.key });
    if (isRetryable(result.error)) return { saved, refused, outcome: RETRY };
    const batch = result.data?.declareHoursBatch;
    if (!batch) {
      for (const error of fieldErrorsOf(result.error) ?? []) {
        refused.push({ placementId: String(save.declarations[error.line ?? 0]!.placementId), error });
      }
    } else {
      replayed = batch.replayed;
      for (const line of batch.lines) {
        const placementId = String(save.declarations[line.index]!.placementId);
        if (line.status === 'DECLARED') saved.push(placementId);
        else if (line.error) refused.push({ placementId, error: fieldError(line.error.code, line.error.message, line.error.field) });
      }
    }
  }
  for (const correction of save.corrections) {
    const result = await save.correct({ statementId: correction.statementId, input: correction.input });
    if (isRetryable(result.error)) return { saved, refused, outcome: RETRY };
    if (result.data) {
      saved.push(correction.placementId);
      continue;
    }
    const [error] = fieldErrorsOf(result.error) ?? [];
    if (error?.code === 'CONFLICT' && (await alreadyRecorded(save, correction))) saved.push(correction.placementId);
    else if (error) refused.push({ placementId: correction.placementId, error: { ...error, field: error.field === 'statementId' ? 'hoursWorked' : error.field } });
  }
  if (refused.length > 0) {
    const done = saved.length > 0 ? `${plural(saved.length, 'ligne')} enregistrée${saved.length > 1 ? 's' : ''} ; ` : '';
    return { saved, refused, outcome: { kind: 'refused', message: `${done}${plural(refused.length, 'ligne')} refusée${refused.length > 1 ? 's' : ''} : voir le message sous chaque champ.` } };
  }
  const again = replayed ? ' Cet envoi avait déjà été reçu : rien n’a été déclaré deux fois.' : '';
  return { saved, refused, outcome: { kind: 'saved', message: `${plural(saved.length, 'relevé')} enregistré${saved.length > 1 ? 's' : ''}.${again}` } };
}

async function alreadyRecorded(save: HoursSave, correction: HoursSave['corrections'][number]): Promise<boolean> {
  const fresh = await save.client.query(HoursGridDocument, { filter: save.filter }, { requestPolicy: 'network-only' }).toPromise();
  const placement = fresh.data?.placements.nodes.find((node) => node.id === correction.placementId);
  const current = placement?.statements.find((statement) => statement.month === save.month);
  return Boolean(
    current &&
      current.id !== correction.statementId &&
      Number(current.hoursWorked) === Number(correction.input.hoursWorked) &&
      Number(current.trainingHours) === Number(correction.input.trainingHours ?? 0) &&
      current.correctionReason === correction.input.reason.trim(),
  );
}
