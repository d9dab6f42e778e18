import { BadUserInputError, isLocalDate, requireText, requireUuid } from '@maillage/subgraph-kit';
import type { Record{{Name}}FollowUpInput } from './follow-up.inputs';

/** The input's rules beyond its types; each refusal names the field (BAD_USER_INPUT, message in French). */
export function validateFollowUpInput(input: Record{{Name}}FollowUpInput): Record{{Name}}FollowUpInput {
  if (!isLocalDate(input.occurredOn)) {
    throw new BadUserInputError('la date doit être un jour du calendrier au format AAAA-MM-JJ', 'occurredOn');
  }
  return {
    beneficiaryId: requireUuid(input.beneficiaryId, 'beneficiaryId').toLowerCase(),
    title: requireText(input.title, 'title', 200),
    occurredOn: input.occurredOn,
  };
}
