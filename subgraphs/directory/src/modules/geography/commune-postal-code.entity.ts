import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, type Rel } from '@mikro-orm/core';
// Commune imports this file: naming it by string in the decorator (and `Rel<>` in the type) keeps the
// import type-only, so the two entity files do not form an import loop.
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
