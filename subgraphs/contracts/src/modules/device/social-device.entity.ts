import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Lot } from '../lot/lot.entity';
import { SocialDeviceKind, type StoredDeviceKind } from './social-device.enums';

/**
 * A social device of a lot other than its execution condition (an award criterion, a reservation): one row
 * per kind and lot. The execution condition is the lot's `insertion_clause` row (the clause of the former
 * model), so that every existing clause is, unchanged, the lot's execution-condition device.
 */
@Entity({ tableName: 'social_device' })
@Unique({ properties: ['lot', 'kind'] })
export class SocialDeviceRecord {
  [OptionalProps]?: 'awardWeight' | 'awardSubCriteria' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Lot)
  lot!: Lot;

  @Enum({ items: () => SocialDeviceKind, nativeEnumName: 'social_device_kind' })
  kind!: StoredDeviceKind;

  /** Weight of an award criterion, in % of the award (0 < w < 100). */
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  awardWeight?: string | null;

  /** Sub-criteria of an award criterion, as the consultation rules state them. */
  @Property({ type: 'text', nullable: true })
  awardSubCriteria?: string | null;

  @Property()
  createdAt: Date = new Date();

  @Property({ onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
