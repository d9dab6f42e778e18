import { findPage, type Connection, type PageArgs } from '@maillage/subgraph-kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Contract } from './contract.entity';
import type { ContractFilter } from './contract.inputs';
import { validateContractFilter } from './contract.validation';

/** The SQL condition of a contract filter; the department is the buyer's generated `department_code`. */
export function contractsWhere(filter: ContractFilter = {}): FilterQuery<Contract> {
  const { textPattern } = validateContractFilter(filter);
  const and: FilterQuery<Contract>[] = [];
  if (filter.buyerId) and.push({ buyer: filter.buyerId.toLowerCase() });
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  if (filter.sector?.length) and.push({ sector: { $in: filter.sector } });
  if (filter.facilitatorId) and.push({ facilitatorId: filter.facilitatorId.toLowerCase() });
  if (filter.department) and.push({ buyer: { departmentCode: filter.department } });
  if (filter.commune) and.push({ buyer: { communeCode: filter.commune } });
  if (filter.executingOn) {
    and.push({ executionStart: { $lte: filter.executingOn } });
    and.push({ $or: [{ executionEnd: null }, { executionEnd: { $gte: filter.executingOn } }] });
  }
  if (textPattern) and.push({ $or: [{ title: { $ilike: textPattern } }, { reference: { $ilike: textPattern } }] });
  return and.length > 0 ? { $and: and } : {};
}

/** A page of contracts by reference (then id), to read: two statements, whatever the filters. */
export function findContractsPage(em: EntityManager, filter: ContractFilter | undefined, page: PageArgs): Promise<Connection<Contract>> {
  return findPage(em, Contract, contractsWhere(filter), { orderBy: [['reference', 'asc'], ['id', 'asc']], ...page, readOnly: true });
}

/**
 * The clause totals of each contract, in one aggregate: its hours target (the sum of its lots' clause
 * targets), the training hours that may count (Σ target × training share cap), and the modalities its clauses allow (`unrestricted` when a clause lists none, which restricts
 * nothing).
 */
export async function sumHoursTargets(em: EntityManager, contractIds: readonly string[]): Promise<{ contractId: string; hours: string; trainingCap: string; unrestricted: boolean; modalities: string[] }[]> {
  if (contractIds.length === 0) return [];
  const rows: { contract_id: string; hours: string; training_cap: string; unrestricted: boolean; modalities: string | null }[] = await em.getConnection().execute(
    `SELECT l.contract_id, sum(c.hours_target)::text AS hours, sum(round(c.hours_target * c.training_share_cap, 2))::text AS training_cap, bool_or(cardinality(c.modalities) = 0) AS unrestricted,
            string_agg(array_to_string(c.modalities, ','), ',') AS modalities
       FROM lot l JOIN insertion_clause c ON c.lot_id = l.id
      WHERE l.contract_id IN (${contractIds.map(() => '?').join(', ')})
      GROUP BY l.contract_id`,
    [...contractIds],
  );
  return rows.map((row) => ({ contractId: row.contract_id, hours: row.hours, trainingCap: row.training_cap, unrestricted: row.unrestricted, modalities: row.modalities ? row.modalities.split(',') : [] }));
}
