import { Collection, Entity, Enum, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CommunePostalCode } from './commune-postal-code.entity';

/** A current commune, or a municipal district (arrondissement municipal) of Paris, Lyon or Marseille. */
export enum CommuneKind {
  COMMUNE = 'COMMUNE',
  MUNICIPAL_DISTRICT = 'MUNICIPAL_DISTRICT',
}
registerEnumType(CommuneKind, {
  name: 'CommuneKind',
  description: 'Commune ou arrondissement municipal.',
  valuesConfig: {
    COMMUNE: { description: 'Commune (commune actuelle du code officiel géographique).' },
    MUNICIPAL_DISTRICT: { description: 'Arrondissement municipal de Paris, Lyon ou Marseille (rattaché à sa commune).' },
  },
});

/**
 * Commune, keyed by its INSEE code (never its postal code: one postal code serves many communes). The 45
 * municipal districts are rows of their own (kind MUNICIPAL_DISTRICT, `parentCode` = the commune) so that
 * a facilitator may cover one district; they carry their commune's department, region and EPCI.
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'Commune française (code officiel géographique INSEE).' })
@Entity({ tableName: 'commune' })
export class Commune {
  @Field(() => ID, { description: 'Code officiel géographique INSEE (5 caractères, 2A/2B en Corse).' })
  @PrimaryKey({ length: 5 })
  code!: string;

  @Field({ description: 'Nom de la commune.' })
  @Property()
  name!: string;

  /** Lower-case, diacritics stripped, punctuation as spaces: see `normaliseSearchText`. */
  @Property({ hidden: true })
  searchName!: string;

  @Field(() => CommuneKind, { description: 'Commune ou arrondissement municipal.' })
  @Enum({ items: () => CommuneKind })
  kind!: CommuneKind;

  @Property({ hidden: true, length: 5, nullable: true })
  parentCode?: string | null;

  @Property({ hidden: true, length: 3 })
  departmentCode!: string;

  @Property({ hidden: true, length: 3 })
  regionCode!: string;

  @Property({ hidden: true, length: 9, nullable: true })
  epciCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Population municipale (inconnue pour quelques communes).' })
  @Property({ nullable: true })
  population?: number | null;

  @OneToMany('CommunePostalCode', 'commune', { hidden: true })
  postalCodeLinks = new Collection<CommunePostalCode>(this);
}
