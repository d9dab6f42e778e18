import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, type Rel } from '@mikro-orm/core';
// `Rel<>` keeps the decorator metadata from naming Commune, which imports this file (circular import).
import { Commune } from './commune.entity';

/** One (postal code, commune) pair of La Poste's many-to-many between postal codes and communes. */
@Entity({ tableName: 'commune_postal_code' })
export class CommunePostalCode {
  [PrimaryKeyProp]?: ['postalCode', 'commune'];

  @PrimaryKey({ length: 5 })
  postalCode!: string;

  @ManyToOne(() => Commune, { primary: true, fieldName: 'commune_code' })
  commune!: Rel<Commune>;
}
