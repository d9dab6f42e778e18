import { BadUserInputError, ConflictError, NotFoundError, type Viewer } from '@maillage/subgraph-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayWriteFor } from '../access/contracts.access';
import { Buyer } from '../buyer/buyer.entity';
import { InsertionClause } from '../clause/insertion-clause.entity';
import { recordReservationOfBasis } from '../device/reservation-of-basis';
import { Lot } from '../lot/lot.entity';
import { withConflicts } from '../shared/conflicts';
import { requirePeriod, requireUuid } from '../shared/validation';
import { Contract } from './contract.entity';
import type { ContractStatus } from './contract.enums';
import type { CreateContractInput, UpdateContractInput } from './contract.inputs';
import { assertEditable, assertTransition } from './contract.lifecycle';
import { validateContractFields, validateNewContract } from './contract.validation';

/**
 * Loads a contract for a write, locked until the transaction ends (two writers never interleave on one
 * contract), after checking the viewer may write for its buyer.
 */
export async function lockContractForWrite(em: EntityManager, viewer: Viewer, id: string, field: string): Promise<Contract> {
  const contract = await em.findOne(Contract, { id: requireUuid(id, field) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!contract) throw new NotFoundError(`no contract has the id given in ${field}`);
  const buyer = await em.findOneOrFail(Buyer, contract.buyer.id);
  assertMayWriteFor(viewer, buyer.communeCode);
  return contract;
}

async function assertReferenceFree(em: EntityManager, buyerId: string, reference: string, except?: string): Promise<void> {
  const clash = await em.findOne(Contract, { buyer: buyerId, reference, ...(except ? { id: { $ne: except } } : {}) });
  if (clash) {
    throw new ConflictError(`this buyer already has a contract with reference ${reference}`);
  }
}

/** Creates a DRAFT contract with its lots and clauses, in one transaction. */
export function createContract(em: EntityManager, viewer: Viewer, input: CreateContractInput): Promise<Contract> {
  const values = validateNewContract(input);
  requirePeriod(values.executionStart, values.executionEnd, 'input.executionEnd');
  return withConflicts(() =>
    em.transactional(async (tx) => {
      const buyer = await tx.findOne(Buyer, values.buyerId);
      if (!buyer) throw new BadUserInputError('input.buyerId: no buyer has this id', 'input.buyerId');
      assertMayWriteFor(viewer, buyer.communeCode);
      await assertReferenceFree(tx, buyer.id, values.reference);
      const { lots, buyerId: _buyerId, ...columns } = values;
      const contract = tx.create(Contract, { ...columns, buyer });
      for (const { clause, ...lotColumns } of lots) {
        const lot = tx.create(Lot, { ...lotColumns, contract });
        if (clause) {
          tx.create(InsertionClause, { ...clause, lot });
          await recordReservationOfBasis(tx, lot, clause.legalBasis, true);
        }
      }
      return contract;
    }),
  );
}

/** Changes the fields present in `input`; the execution period is checked against the stored dates. */
export function updateContract(em: EntityManager, viewer: Viewer, id: string, input: UpdateContractInput): Promise<Contract> {
  const changes = validateContractFields(input, 'input');
  return withConflicts(() =>
    em.transactional(async (tx) => {
      const contract = await lockContractForWrite(tx, viewer, id, 'id');
      assertEditable(contract.status, 'the contract');
      const start = changes.executionStart !== undefined ? changes.executionStart : contract.executionStart;
      const end = changes.executionEnd !== undefined ? changes.executionEnd : contract.executionEnd;
      requirePeriod(start, end, changes.executionEnd !== undefined ? 'input.executionEnd' : 'input.executionStart');
      if (changes.reference && changes.reference !== contract.reference) {
        await assertReferenceFree(tx, contract.buyer.id, changes.reference, contract.id);
      }
      tx.assign(contract, changes);
      return contract;
    }),
  );
}

/** Moves a contract along its lifecycle; moving to its current status changes nothing (retries are safe). */
export function changeContractStatus(em: EntityManager, viewer: Viewer, id: string, status: ContractStatus): Promise<Contract> {
  return em.transactional(async (tx) => {
    const contract = await lockContractForWrite(tx, viewer, id, 'id');
    assertTransition(contract.status, status);
    contract.status = status;
    return contract;
  });
}
