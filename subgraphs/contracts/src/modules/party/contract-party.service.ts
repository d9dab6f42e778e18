import { BadUserInputError, ConflictError, NotFoundError, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Company } from '../company/company.entity';
import { ContractStatus } from '../contract/contract.enums';
import { assertEditable } from '../contract/contract.lifecycle';
import { lockContractForWrite } from '../contract/contract.service';
import { Lot } from '../lot/lot.entity';
import { withConflicts } from '../shared/conflicts';
import { requireDate, requirePeriod, requireSiret, requireUuid } from '../shared/validation';
import { ContractParty, PartyRole } from './contract-party.entity';
import type { AddContractPartyInput, UpdateContractPartyInput } from './contract-party.inputs';

/** Companies join a contract once it is awarded, and until it ends. */
const STATUSES_WITH_PARTIES: readonly ContractStatus[] = [ContractStatus.AWARDED, ContractStatus.IN_EXECUTION];

const optionalDate = (value: string | null | undefined, field: string) => (value == null ? value : requireDate(value, field));

export function addContractParty(em: EntityManager, viewer: Viewer, input: AddContractPartyInput): Promise<ContractParty> {
  const siret = requireSiret(input.siret, 'input.siret');
  const lotId = input.lotId == null ? null : requireUuid(input.lotId, 'input.lotId');
  const startDate = optionalDate(input.startDate, 'input.startDate') ?? null;
  const endDate = optionalDate(input.endDate, 'input.endDate') ?? null;
  requirePeriod(startDate, endDate, 'input.endDate');
  return withConflicts(() =>
    em.transactional(async (tx) => {
      const contract = await lockContractForWrite(tx, viewer, input.contractId, 'input.contractId');
      if (!STATUSES_WITH_PARTIES.includes(contract.status)) {
        throw new ConflictError(`companies join a contract once it is AWARDED or IN_EXECUTION; this one is ${contract.status}`);
      }
      const lot = lotId ? await tx.findOne(Lot, { id: lotId, contract }) : null;
      if (lotId && !lot) throw new BadUserInputError('input.lotId: this contract has no lot with this id', 'input.lotId');
      const company = await tx.findOne(Company, { siret });
      if (!company) throw new BadUserInputError('input.siret: no company has this SIRET (create it with createCompany)', 'input.siret');
      const scope = { contract, lot: lot ?? null };
      if (input.role === PartyRole.HOLDER && (await tx.count(ContractParty, { ...scope, role: PartyRole.HOLDER })) > 0) {
        throw new ConflictError(lot ? 'this lot already has a holder' : 'this contract already has a holder');
      }
      if ((await tx.count(ContractParty, { ...scope, company, role: input.role })) > 0) {
        throw new ConflictError(`this company is already ${input.role} here`);
      }
      return tx.create(ContractParty, { ...scope, company, role: input.role, startDate, endDate });
    }),
  );
}

export function updateContractParty(em: EntityManager, viewer: Viewer, id: string, input: UpdateContractPartyInput): Promise<ContractParty> {
  const startDate = optionalDate(input.startDate, 'input.startDate');
  const endDate = optionalDate(input.endDate, 'input.endDate');
  return em.transactional(async (tx) => {
    const party = await tx.findOne(ContractParty, { id: requireUuid(id, 'id') });
    if (!party) throw new NotFoundError('no contract party has this id');
    const contract = await lockContractForWrite(tx, viewer, party.contract.id, 'id');
    assertEditable(contract.status, 'its parties');
    const next = { startDate: startDate === undefined ? party.startDate : startDate, endDate: endDate === undefined ? party.endDate : endDate };
    requirePeriod(next.startDate, next.endDate, endDate !== undefined ? 'input.endDate' : 'input.startDate');
    return tx.assign(party, next);
  });
}
