import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Buyer } from '../modules/buyer/buyer.entity';
import { calculateInsertionHours } from '../modules/clause/hours-formula';
import { InsertionClause } from '../modules/clause/insertion-clause.entity';
import { LegalBasis } from '../modules/clause/clause.enums';
import { Company } from '../modules/company/company.entity';
import { Contract } from '../modules/contract/contract.entity';
import { ContractStatus } from '../modules/contract/contract.enums';
import { SocialDeviceRecord } from '../modules/device/social-device.entity';
import { reservationOfBasis } from '../modules/device/social-device.enums';
import { Lot } from '../modules/lot/lot.entity';
import { ContractParty, PartyRole } from '../modules/party/contract-party.entity';
import { fromScaled, toScaled } from '../modules/shared/decimal';
import { seedDemoCensus } from './demo-census';
import { DEMO_CONTRACTS, SECTOR_CPV, SECTOR_DEFAULTS, type DemoContract, type DemoLot } from './demo-contracts';
import { DEMO_BUYERS, DEMO_COMPANIES, DEMO_FACILITATORS } from './demo-parties';

export { DEMO_BUYERS, DEMO_COMPANIES } from './demo-parties';
export { DEMO_CONTRACTS } from './demo-contracts';
export { DEMO_PURCHASES, demoPurchaseId } from './demo-census';

/** Fixed ids: contracts `…8000-0000000000NN` (the first three predate this seed), lots, clauses, parties, devices. */
export const demoContractId = (n: number) => `5c0e1d2a-0000-4000-8000-${String(n).padStart(12, '0')}`;
const demoId = (kind: 1 | 2 | 3 | 4, value: number) => `5c0e1d2a-0000-4000-800${kind}-${String(value).padStart(12, '0')}`;

/** Notification comes about a month before the execution starts, once the contract is awarded. */
function notificationDate(contract: DemoContract): string | null {
  if ([ContractStatus.DRAFT, ContractStatus.PUBLISHED, ContractStatus.CANCELLED].includes(contract.status)) return null;
  const date = new Date(`${contract.execution[0]}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 30);
  return date.toISOString().slice(0, 10);
}

/** The clause's columns: hours from the formula with the trade's usual inputs, or the manual target. */
function clauseColumns(contract: DemoContract, lot: DemoLot) {
  const clause = lot.clause!;
  const defaults = SECTOR_DEFAULTS[contract.sector]!;
  const formula = calculateInsertionHours({ ...defaults, ...clause, amount: lot.amount }, `demo ${contract.reference}`);
  const manualHours = clause.manual?.[0] ?? null;
  return {
    legalBasis: clause.basis ?? LegalBasis.EXECUTION_CONDITION,
    formulaAmount: formula.amount,
    labourShare: formula.labourShare,
    insertionRate: formula.insertionRate,
    hourlyCost: formula.hourlyCost,
    formulaHours: formula.hours,
    manualHours,
    manualJustification: clause.manual?.[1] ?? null,
    hoursTarget: manualHours ?? formula.hours,
    modalities: defaults.modalities,
    poolingGroup: clause.pooling ?? null,
  };
}

function seedContract(tx: EntityManager, data: DemoContract, buyers: Buyer[], companies: Map<string, Company>): void {
  const [executionStart, executionEnd] = data.execution;
  const total = data.lots.reduce((sum, lot) => sum + toScaled(lot.amount, 2, 'amount'), 0n);
  const contract = tx.create(Contract, {
    id: demoContractId(data.n), reference: data.reference, title: data.title, description: null, sector: data.sector,
    status: data.status, estimatedAmount: fromScaled(total, 2), notificationDate: notificationDate(data), executionStart, executionEnd,
    facilitatorId: data.buyer === 4 ? DEMO_FACILITATORS.rhone : DEMO_FACILITATORS.metropole, buyer: buyers[data.buyer]!,
    cpvCode: SECTOR_CPV[data.sector] ?? null,
  });
  const lots = data.lots.map((lotData, index) => {
    const lot = tx.create(Lot, { id: demoId(1, data.n * 100 + index + 1), number: index + 1, title: lotData.title, amount: lotData.amount, contract });
    if (lotData.clause) {
      const clause = tx.create(InsertionClause, { id: demoId(2, data.n * 100 + index + 1), lot, ...clauseColumns(data, lotData) });
      // A reserved basis is also the lot's reservation device, as migration social_devices records it.
      const reservation = reservationOfBasis(clause.legalBasis);
      if (reservation) tx.create(SocialDeviceRecord, { id: demoId(4, data.n * 100 + index + 1), lot, kind: reservation });
    }
    return lot;
  });
  const parties = [
    ...(data.holder ? [{ siret: data.holder, role: PartyRole.HOLDER, lot: undefined }] : []),
    ...(data.coContractors ?? []).map((party) => ({ ...party, role: PartyRole.CO_CONTRACTOR })),
    ...(data.subcontractors ?? []).map((party) => ({ ...party, role: PartyRole.SUBCONTRACTOR })),
  ];
  parties.forEach((party, index) => {
    tx.create(ContractParty, {
      id: demoId(3, data.n * 100 + index + 1), role: party.role, company: companies.get(party.siret)!, contract,
      lot: party.lot ? lots[party.lot - 1]! : null, startDate: executionStart, endDate: executionEnd,
    });
  });
}

/** Inserts the demo data once: a database that already has buyers is left as it is. */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Buyer)) > 0) return;
  await em.transactional(async (tx) => {
    const buyers = DEMO_BUYERS.map((data) => tx.create(Buyer, data));
    const companies = new Map(DEMO_COMPANIES.map((data) => [data.siret, tx.create(Company, data)]));
    for (const contract of DEMO_CONTRACTS) seedContract(tx, contract, buyers, companies);
  });
  logger.info({ buyers: DEMO_BUYERS.length, contracts: DEMO_CONTRACTS.length }, 'seeded demo data');
  await seedDemoCensus(em, logger);
}
