import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, type Rel } from '@mikro-orm/core';
// The two sides of the relation name each other by string in their decorators, so that their imports are
// type-only: the two entity files do not load each other.
import type { Commune } from './commune.entity';

/** One (postal code, commune) pair of La Poste's many-to-many between postal codes and communes. */
@Entity({ tableName: 'commune_postal_code' })
export class CommunePostalCode {
  [PrimaryKeyProp]?: ['postalCode', 'commune'];

  @PrimaryKey({ length: 5 })
  postalCode!: string;

  @ManyToOne('Commune', { primary: true, fieldName: 'commune_code' })
  commune!: Rel<Commune>;
}
