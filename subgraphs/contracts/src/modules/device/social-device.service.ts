import { BadUserInputError, ConflictError, NotFoundError, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InsertionClause } from '../clause/insertion-clause.entity';
import type { ClauseValues } from '../clause/insertion-clause.validation';
import type { Lot } from '../lot/lot.entity';
import { lockLotForWrite } from '../lot/lot.service';
import { withConflicts } from '../shared/conflicts';
import { requireUuid } from '../shared/validation';
import { SocialDeviceRecord } from './social-device.entity';
import { LABEL_OF, SocialDeviceKind } from './social-device.enums';
import type { SocialDeviceInput } from './social-device.inputs';
import { deviceOfClause, deviceOfRecord, type SocialDevice } from './social-device.type';
import { validateDevice, type DeviceValues } from './social-device.validation';

/** The stored form of a value, for comparing a retry with what is stored (`numeric` columns come back as text). */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function clauseMatches(clause: InsertionClause, values: ClauseValues): boolean {
  return (Object.keys(values) as (keyof ClauseValues)[]).every((key) => key === 'legalBasis' || same(clause[key], values[key]));
}

function recordMatches(record: SocialDeviceRecord, values: Extract<DeviceValues, { awardWeight: unknown }>): boolean {
  return same(record.awardWeight, values.awardWeight) && same(record.awardSubCriteria, values.awardSubCriteria);
}

/**
 * Adds a device to a lot, one of each kind at most. A retry with the same inputs returns the device already
 * there; other inputs for a kind the lot already carries are a CONFLICT (update it instead).
 */
export function addSocialDevice(em: EntityManager, viewer: Viewer, lotId: string, input: SocialDeviceInput): Promise<SocialDevice> {
  const values = validateDevice(input, 'input');
  const taken = `ce lot porte déjà ${LABEL_OF[values.kind]} : modifiez-la ou retirez-la plutôt que d’en ajouter une autre (un dispositif de chaque nature par lot)`;
  return withConflicts(() =>
    em.transactional(async (tx) => {
      const lot = await lockLotForWrite(tx, viewer, lotId, 'lotId');
      if (values.kind === SocialDeviceKind.EXECUTION_CONDITION) {
        const clause = await tx.findOne(InsertionClause, { lot });
        if (clause) {
          if (clauseMatches(clause, values.clause)) return deviceOfClause(clause);
          throw new ConflictError(taken, { field: 'input.kind' });
        }
        const created = tx.create(InsertionClause, { ...values.clause, lot });
        await tx.flush();
        return deviceOfClause(created);
      }
      const record = await tx.findOne(SocialDeviceRecord, { lot, kind: values.kind });
      if (record) {
        if (recordMatches(record, values)) return deviceOfRecord(record);
        throw new ConflictError(taken, { field: 'input.kind' });
      }
      const created = tx.create(SocialDeviceRecord, { lot, kind: values.kind, awardWeight: values.awardWeight, awardSubCriteria: values.awardSubCriteria });
      await tx.flush();
      return deviceOfRecord(created);
    }),
  );
}

/** Replaces a device's inputs whole (the same input twice changes nothing); its kind does not change. */
export function updateSocialDevice(em: EntityManager, viewer: Viewer, id: string, input: SocialDeviceInput): Promise<SocialDevice> {
  const deviceId = requireUuid(id, 'id');
  return withConflicts(() =>
    em.transactional(async (tx) => {
      const clause = await tx.findOne(InsertionClause, { id: deviceId });
      const record = clause ? null : await tx.findOne(SocialDeviceRecord, { id: deviceId });
      if (!clause && !record) throw new NotFoundError('aucun dispositif social n’a l’identifiant donné dans id');
      const kind = clause ? SocialDeviceKind.EXECUTION_CONDITION : record!.kind;
      if (input.kind !== kind) {
        throw new BadUserInputError(`input.kind : ce dispositif est ${LABEL_OF[kind]} ; sa nature ne change pas : retirez-le et ajoutez-en un autre`, 'input.kind');
      }
      // An execution condition keeps the basis it was recorded with (the deprecated clause's `legalBasis`).
      const values = validateDevice(input, 'input', clause?.legalBasis);
      await lockLotForWrite(tx, viewer, (clause ?? record)!.lot.id, 'id');
      if (clause && values.kind === SocialDeviceKind.EXECUTION_CONDITION) return deviceOfClause(tx.assign(clause, values.clause));
      if (values.kind !== SocialDeviceKind.EXECUTION_CONDITION) {
        return deviceOfRecord(tx.assign(record!, { awardWeight: values.awardWeight, awardSubCriteria: values.awardSubCriteria }));
      }
      throw new Error('unreachable: the kind was checked');
    }),
  );
}

/** Removes the lot's device of that kind, if it carries one (safe to retry); returns the lot. */
export function removeSocialDevice(em: EntityManager, viewer: Viewer, lotId: string, kind: SocialDeviceKind): Promise<Lot> {
  return em.transactional(async (tx) => {
    const lot = await lockLotForWrite(tx, viewer, lotId, 'lotId');
    if (kind === SocialDeviceKind.EXECUTION_CONDITION) await tx.nativeDelete(InsertionClause, { lot });
    else await tx.nativeDelete(SocialDeviceRecord, { lot, kind });
    return lot;
  });
}
