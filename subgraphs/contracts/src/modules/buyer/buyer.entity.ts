import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DEPARTMENT_OF_COMMUNE_SQL } from '../shared/territory';

/** Kinds of buyer seen in practice (DOMAIN.md §1.1). */
export enum BuyerKind {
  COMMUNE = 'COMMUNE',
  EPCI = 'EPCI',
  DEPARTMENT = 'DEPARTMENT',
  REGION = 'REGION',
  STATE = 'STATE',
  PUBLIC_ESTABLISHMENT = 'PUBLIC_ESTABLISHMENT',
  SOCIAL_LANDLORD = 'SOCIAL_LANDLORD',
  PRIVATE_COMPANY = 'PRIVATE_COMPANY',
  OTHER = 'OTHER',
}
registerEnumType(BuyerKind, {
  name: 'BuyerKind',
  description: "Nature de l'acheteur.",
  valuesConfig: {
    COMMUNE: { description: 'Commune' },
    EPCI: { description: 'Établissement public de coopération intercommunale (métropole, communauté…)' },
    DEPARTMENT: { description: 'Département' },
    REGION: { description: 'Région' },
    STATE: { description: 'État (services déconcentrés, ministères)' },
    PUBLIC_ESTABLISHMENT: { description: 'Établissement public (hôpital, université…)' },
    SOCIAL_LANDLORD: { description: 'Bailleur social' },
    PRIVATE_COMPANY: { description: 'Entreprise privée (marché privé)' },
    OTHER: { description: 'Autre (dont collectivité à statut particulier, comme la Métropole de Lyon)' },
  },
});

/** Acheteur / maître d'ouvrage: the organisation that buys and writes the clause into its contracts. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Acheteur (maître d'ouvrage) qui passe des marchés portant une clause sociale." })
@Entity({ tableName: 'buyer' })
export class Buyer {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'departmentCode';

  @Field(() => ID, { description: "Identifiant de l'acheteur." })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Raison sociale.' })
  @Property()
  name!: string;

  @Field(() => BuyerKind, { description: "Nature de l'acheteur." })
  @Enum({ items: () => BuyerKind, nativeEnumName: 'buyer_kind' })
  kind!: BuyerKind;

  @Field({ description: 'SIRET (14 chiffres), unique dans le registre.' })
  @Property({ length: 14, unique: true })
  siret!: string;

  @Property({ hidden: true, length: 5 })
  communeCode!: string;

  /** Generated in SQL from the commune code, by the rule of `departmentOfCommune`; never written. */
  @Property({ hidden: true, length: 3, generated: DEPARTMENT_OF_COMMUNE_SQL })
  departmentCode?: string;

  @Property({ hidden: true, nullable: true })
  contactName?: string | null;

  @Property({ hidden: true, nullable: true })
  contactEmail?: string | null;

  @Property({ hidden: true, nullable: true })
  contactPhone?: string | null;

  @Property({ hidden: true })
  createdAt: Date = new Date();

  @Property({ hidden: true, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
