import { randomUUID } from 'node:crypto';
import { BadUserInputError, ConflictError, NotFoundError, requireUuid, type Viewer } from '@maillage/subgraph-kit';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contractsAccess } from '../access/contracts.access';
import { Buyer } from '../buyer/buyer.entity';
import { SubcontractingConversion } from '../clause/clause.enums';
import { InsertionClause } from '../clause/insertion-clause.entity';
import { validateClause } from '../clause/insertion-clause.validation';
import { Contract } from '../contract/contract.entity';
import { Lot } from '../lot/lot.entity';
import { withConflicts } from '../shared/conflicts';
import { contractSectorOfCpv, procurementKindOfCpv } from './census.assessment';
import { LEGAL_BASIS_OF, PlannedPurchaseStatus } from './census.enums';
import type { ConvertPlannedPurchaseInput, PlannedPurchaseInput } from './census.inputs';
import { requirePurchaseId, validatePlannedPurchase } from './census.validation';
import { PlannedPurchase } from './planned-purchase.entity';

/** The access table's subject for a buyer: its commune (territory) and its keys (its own purchases). */
export const censusSubject = (buyer: Buyer) => ({ buyerCommuneCode: buyer.communeCode, buyerId: buyer.id, buyerSiret: buyer.siret });

/** A facilitator writes the census for the buyers of their territories, an admin for any (FORBIDDEN otherwise). */
export function assertMayWriteCensus(viewer: Viewer, buyer: Buyer): void {
  contractsAccess.assertCan(viewer, 'write', 'PlannedPurchase', censusSubject(buyer));
}

/**
 * Records a planned purchase with its assessment inputs, in one transaction. The client may choose the id:
 * the same request sent again (a retry after a lost answer) returns the purchase already recorded instead of
 * a second one; the same id for another buyer is a CONFLICT.
 */
export async function recordPlannedPurchase(em: EntityManager, viewer: Viewer, input: PlannedPurchaseInput): Promise<PlannedPurchase> {
  const values = validatePlannedPurchase(input, 'input');
  const buyerId = requireUuid(input.buyerId, 'input.buyerId');
  const id = input.id ? requirePurchaseId(input.id, 'input.id') : randomUUID();
  const write = () => em.transactional(async (tx) => {
    const buyer = await tx.findOne(Buyer, buyerId);
    if (!buyer) throw new BadUserInputError('Aucun acheteur n’a cet identifiant', 'input.buyerId');
    assertMayWriteCensus(viewer, buyer);
    const existing = await tx.findOne(PlannedPurchase, id);
    if (existing) return replayed(existing, buyer);
    return tx.create(PlannedPurchase, { ...values, id, buyer, recordedBy: viewer.subject ?? viewer.role });
  });
  try {
    return await write();
  } catch (error) {
    // Two identical requests at once: the second finds the first's row and answers it.
    if (error instanceof UniqueConstraintViolationException) return write();
    throw error;
  }
}

function replayed(existing: PlannedPurchase, buyer: Buyer): PlannedPurchase {
  if (existing.buyer.id !== buyer.id) throw new ConflictError('Cet identifiant désigne déjà un achat recensé d’un autre acheteur');
  return existing;
}

/**
 * Makes a planned purchase a DRAFT contract in one transaction: its object, CPV code, amount, kind and
 * launch date; its lots (one lot for the whole purchase when none was planned); on each lot the clause the
 * recommendation stands for, with the hours of the same formula on the lot's amount. The purchase keeps
 * its assessment and links to the contract. Converting it again returns the same contract.
 */
export async function convertPlannedPurchase(em: EntityManager, viewer: Viewer, id: string, input: ConvertPlannedPurchaseInput): Promise<Contract> {
  const purchaseId = requirePurchaseId(id, 'id');
  const reference = input.reference.trim();
  if (!reference || reference.length > 100) throw new BadUserInputError('Référence du marché : 1 à 100 caractères', 'input.reference');
  return withConflicts(() => em.transactional(async (tx) => {
    const purchase = await tx.findOne(PlannedPurchase, purchaseId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!purchase) throw new NotFoundError('Aucun achat recensé n’a cet identifiant');
    const buyer = await tx.findOneOrFail(Buyer, purchase.buyer.id);
    assertMayWriteCensus(viewer, buyer);
    if (purchase.contractId) return tx.findOneOrFail(Contract, purchase.contractId);
    if (await tx.findOne(Contract, { buyer, reference })) throw new ConflictError(`Cet acheteur a déjà un marché de référence ${reference}`);
    const contract = tx.create(Contract, {
      reference, title: purchase.object, sector: contractSectorOfCpv(purchase.cpvCode), estimatedAmount: purchase.estimatedAmount,
      procurementKind: procurementKindOfCpv(purchase.cpvCode), consultationLaunchDate: purchase.expectedLaunchDate,
      cpvCode: purchase.cpvCode, worksCommuneCode: purchase.worksCommuneCode ?? null, buyer,
    });
    const lots = purchase.lots.length > 0 ? purchase.lots : [{ number: 1, title: purchase.object, amount: purchase.estimatedAmount }];
    const legalBasis = LEGAL_BASIS_OF[purchase.recommendation];
    lots.forEach((planned, index) => {
      const lot = tx.create(Lot, { number: planned.number, title: planned.title, amount: planned.amount, contract });
      if (!legalBasis) return;
      const formula = { amount: planned.amount, labourShare: purchase.labourShare, insertionRate: purchase.insertionRate, hourlyCost: purchase.hourlyCost };
      const clause = validateClause({ legalBasis, formula, modalities: [], subcontractingConversion: SubcontractingConversion.ATTESTED_HOURS }, `lots[${index}].clause`);
      tx.create(InsertionClause, { ...clause, lot });
    });
    purchase.status = PlannedPurchaseStatus.CONVERTED;
    purchase.contractId = contract.id;
    return contract;
  }));
}
