import type { EntityManager } from '@mikro-orm/postgresql';
import type { LegalBasis } from '../clause/clause.enums';
import type { Lot } from '../lot/lot.entity';
import { SocialDeviceRecord } from './social-device.entity';
import { reservationOfBasis } from './social-device.enums';

/**
 * The reservation a clause's former basis stands for, recorded as a device of its own (the former model put a
 * reservation in the clause's basis): kept by `setInsertionClause`, `addLot` and `createContract` so that the
 * deprecated path and the devices agree. Safe to repeat; `fresh` for a lot created in this transaction.
 */
export async function recordReservationOfBasis(tx: EntityManager, lot: Lot, basis: LegalBasis, fresh = false): Promise<void> {
  const kind = reservationOfBasis(basis);
  if (!kind) return;
  if (!fresh && await tx.findOne(SocialDeviceRecord, { lot, kind })) return;
  tx.create(SocialDeviceRecord, { lot, kind });
}
