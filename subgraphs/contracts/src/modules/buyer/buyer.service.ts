import { BadUserInputError, ConflictError, isEmailAddress, NotFoundError, type Viewer } from '@maillage/subgraph-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayWriteFor } from '../access/contracts.access';
import { withConflicts } from '../shared/conflicts';
import { optionalText, requireExistingCommune, requireSiret, requireText, requireUuid } from '../shared/validation';
import { Buyer, type BuyerKind } from './buyer.entity';
import type { BuyerContactInput, CreateBuyerInput, UpdateBuyerInput } from './buyer.inputs';

interface BuyerValues {
  name?: string;
  kind?: BuyerKind;
  siret?: string;
  communeCode?: string;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

function contactValues(contact: BuyerContactInput | null): Pick<BuyerValues, 'contactName' | 'contactEmail' | 'contactPhone'> {
  const email = optionalText(contact?.email, 'input.contact.email', 200);
  if (email && !isEmailAddress(email)) throw new BadUserInputError('input.contact.email must be an e-mail address', 'input.contact.email');
  return {
    contactName: optionalText(contact?.name, 'input.contact.name', 200),
    contactEmail: email,
    contactPhone: optionalText(contact?.phone, 'input.contact.phone', 30),
  };
}

function validateBuyerFields(input: UpdateBuyerInput): BuyerValues {
  const values: BuyerValues = {};
  for (const key of ['name', 'kind', 'siret', 'communeCode'] as const) {
    if (input[key] === null) throw new BadUserInputError(`input.${key} cannot be cleared`, `input.${key}`);
  }
  if (input.name != null) values.name = requireText(input.name, 'input.name', 300);
  if (input.kind != null) values.kind = input.kind;
  if (input.siret != null) values.siret = requireSiret(input.siret, 'input.siret');
  if (input.communeCode != null) values.communeCode = requireExistingCommune(input.communeCode, 'input.communeCode');
  if (input.contact !== undefined) Object.assign(values, contactValues(input.contact));
  return values;
}

async function assertSiretFree(em: EntityManager, siret: string, except?: string): Promise<void> {
  const clash = await em.findOne(Buyer, { siret, ...(except ? { id: { $ne: except } } : {}) });
  if (clash) throw new ConflictError(`a buyer with SIRET ${siret} already exists`);
}

/** Registers a buyer in a commune of the viewer's territories; its SIRET is unique (CONFLICT). */
export function createBuyer(em: EntityManager, viewer: Viewer, input: CreateBuyerInput): Promise<Buyer> {
  const values = validateBuyerFields(input) as Required<Pick<BuyerValues, 'name' | 'kind' | 'siret' | 'communeCode'>>;
  assertMayWriteFor(viewer, values.communeCode);
  return withConflicts(() =>
    em.transactional(async (tx) => {
      await assertSiretFree(tx, values.siret);
      return tx.create(Buyer, { ...contactValues(null), ...values });
    }),
  );
}

/** Moving a buyer to another commune needs the right to write in both. */
export function updateBuyer(em: EntityManager, viewer: Viewer, id: string, input: UpdateBuyerInput): Promise<Buyer> {
  const values = validateBuyerFields(input);
  return withConflicts(() =>
    em.transactional(async (tx) => {
      const buyer = await tx.findOne(Buyer, { id: requireUuid(id, 'id') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!buyer) throw new NotFoundError('no buyer has this id');
      assertMayWriteFor(viewer, buyer.communeCode);
      if (values.communeCode) assertMayWriteFor(viewer, values.communeCode);
      if (values.siret && values.siret !== buyer.siret) await assertSiretFree(tx, values.siret, buyer.id);
      return tx.assign(buyer, values);
    }),
  );
}
