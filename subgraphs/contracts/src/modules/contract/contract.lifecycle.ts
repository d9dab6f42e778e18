import { ConflictError } from '@maillage/subgraph-kit';
import { ContractStatus } from './contract.enums';

const { DRAFT, PUBLISHED, AWARDED, IN_EXECUTION, CLOSED, CANCELLED } = ContractStatus;

/** draft → published → awarded → in execution → closed; cancelled from any state but closed. */
export const NEXT_STATUSES: Readonly<Record<ContractStatus, readonly ContractStatus[]>> = {
  [DRAFT]: [PUBLISHED, CANCELLED],
  [PUBLISHED]: [AWARDED, CANCELLED],
  [AWARDED]: [IN_EXECUTION, CANCELLED],
  [IN_EXECUTION]: [CLOSED, CANCELLED],
  [CLOSED]: [],
  [CANCELLED]: [],
};

/** States in which a contract, its lots, clauses and parties may still change. */
export function isEditable(status: ContractStatus): boolean {
  return status !== CLOSED && status !== CANCELLED;
}

/**
 * Checks a move. Moving to the current status is allowed (a retried call is a no-op); an illegal move is a
 * CONFLICT listing the allowed next statuses in its message and in `extensions.allowed`.
 */
export function assertTransition(from: ContractStatus, to: ContractStatus): void {
  if (from === to) return;
  const allowed = NEXT_STATUSES[from];
  if (allowed.includes(to)) return;
  const options = allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : 'it is final: no transition is allowed';
  throw new ConflictError(`a ${from} contract cannot move to ${to} (${options})`, { allowed: [...allowed] });
}

/** Refuses changes to a contract that is closed or cancelled. */
export function assertEditable(status: ContractStatus, what: string): void {
  if (!isEditable(status)) {
    throw new ConflictError(`${what} cannot change: the contract is ${status}`);
  }
}
