import { ConflictError, NotFoundError, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InsertionClause } from '../clause/insertion-clause.entity';
import type { InsertionClauseInput } from '../clause/insertion-clause.inputs';
import { validateClause } from '../clause/insertion-clause.validation';
import { assertEditable } from '../contract/contract.lifecycle';
import { lockContractForWrite } from '../contract/contract.service';
import { recordReservationOfBasis } from '../device/reservation-of-basis';
import { withConflicts } from '../shared/conflicts';
import { requireUuid } from '../shared/validation';
import { Lot } from './lot.entity';
import { validateLot, validateLotUpdate, type LotInput, type UpdateLotInput } from './lot.inputs';

/** Finds a lot and locks its contract for the write (territory checked), refusing closed or cancelled ones. */
export async function lockLotForWrite(em: EntityManager, viewer: Viewer, lotId: string, field: string): Promise<Lot> {
  const lot = await em.findOne(Lot, { id: requireUuid(lotId, field) });
  if (!lot) throw new NotFoundError(`no lot has the id given in ${field}`);
  const contract = await lockContractForWrite(em, viewer, lot.contract.id, field);
  assertEditable(contract.status, 'its lots');
  return lot;
}

async function assertNumberFree(em: EntityManager, contractId: string, number: number, except?: string): Promise<void> {
  const clash = await em.findOne(Lot, { contract: contractId, number, ...(except ? { id: { $ne: except } } : {}) });
  if (clash) throw new ConflictError(`this contract already has a lot number ${number}`);
}

/** Adds a lot (and its clause) to a contract that is neither closed nor cancelled. */
export function addLot(em: EntityManager, viewer: Viewer, contractId: string, input: LotInput): Promise<Lot> {
  const { clause, ...values } = validateLot(input, 'input');
  return withConflicts(() =>
    em.transactional(async (tx) => {
      const contract = await lockContractForWrite(tx, viewer, contractId, 'contractId');
      assertEditable(contract.status, 'its lots');
      await assertNumberFree(tx, contract.id, values.number);
      const lot = tx.create(Lot, { ...values, contract });
      if (clause) {
        tx.create(InsertionClause, { ...clause, lot });
        await recordReservationOfBasis(tx, lot, clause.legalBasis, true);
      }
      return lot;
    }),
  );
}

export function updateLot(em: EntityManager, viewer: Viewer, id: string, input: UpdateLotInput): Promise<Lot> {
  const changes = validateLotUpdate(input, 'input');
  return withConflicts(() =>
    em.transactional(async (tx) => {
      const lot = await lockLotForWrite(tx, viewer, id, 'id');
      if (changes.number !== undefined && changes.number !== lot.number) {
        await assertNumberFree(tx, lot.contract.id, changes.number, lot.id);
      }
      tx.assign(lot, changes);
      return lot;
    }),
  );
}

/**
 * Sets the lot's clause whole: the same input twice leaves the same clause (safe to retry). Deprecated path:
 * the clause is the lot's execution-condition device (`addSocialDevice`, `updateSocialDevice`).
 */
export function setInsertionClause(em: EntityManager, viewer: Viewer, lotId: string, input: InsertionClauseInput): Promise<InsertionClause> {
  const values = validateClause(input, 'input');
  return withConflicts(() =>
    em.transactional(async (tx) => {
      const lot = await lockLotForWrite(tx, viewer, lotId, 'lotId');
      // The former model's reserved bases stand for a reservation: the lot gets that device too.
      await recordReservationOfBasis(tx, lot, values.legalBasis);
      const clause = await tx.findOne(InsertionClause, { lot });
      if (clause) return tx.assign(clause, values);
      return tx.create(InsertionClause, { ...values, lot });
    }),
  );
}

/** Removes the lot's clause, if any; returns the lot. */
export function removeInsertionClause(em: EntityManager, viewer: Viewer, lotId: string): Promise<Lot> {
  return em.transactional(async (tx) => {
    const lot = await lockLotForWrite(tx, viewer, lotId, 'lotId');
    await tx.nativeDelete(InsertionClause, { lot });
    return lot;
  });
}
