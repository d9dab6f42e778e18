import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Kinds of organisation that employ social-clause facilitators (DESIGN.md §3). */
export enum FacilitatorOrganisationKind {
  PLIE = 'PLIE',
  EMPLOYMENT_HOUSE = 'EMPLOYMENT_HOUSE',
  CITY = 'CITY',
  EPCI = 'EPCI',
  DEPARTMENT = 'DEPARTMENT',
  OPCS = 'OPCS',
  OTHER = 'OTHER',
}
registerEnumType(FacilitatorOrganisationKind, {
  name: 'FacilitatorOrganisationKind',
  description: 'Nature de la structure qui porte la mission de facilitation.',
  valuesConfig: {
    PLIE: { description: 'Plan local pour l’insertion et l’emploi (PLIE)' },
    EMPLOYMENT_HOUSE: { description: 'Maison de l’Emploi (MDE)' },
    CITY: { description: 'Commune (service de la ville)' },
    EPCI: { description: 'Intercommunalité (EPCI)' },
    DEPARTMENT: { description: 'Conseil départemental' },
    OPCS: { description: 'Organisation porteuse de la clause sociale (OPCS)' },
    OTHER: { description: 'Autre structure' },
  },
});

/** Structure employing facilitators: a PLIE, a Maison de l'Emploi, a city, an EPCI, a département… */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Structure qui emploie des facilitateurs des clauses sociales (PLIE, MDE, collectivité…).' })
@Entity({ tableName: 'facilitator_organisation' })
export class FacilitatorOrganisation {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Identifiant de la structure.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Nom de la structure.' })
  @Property()
  name!: string;

  @Field(() => FacilitatorOrganisationKind, { description: 'Nature de la structure.' })
  @Enum({ items: () => FacilitatorOrganisationKind })
  kind!: FacilitatorOrganisationKind;

  @Field(() => String, { nullable: true, description: 'SIRET (14 chiffres).' })
  @Property({ type: 'string', length: 14, nullable: true, unique: true })
  siret: string | null = null;

  @Field(() => String, { nullable: true, description: 'Adresse postale (numéro et voie).' })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true, description: 'Code postal de l’adresse.' })
  @Property({ type: 'string', length: 5, nullable: true })
  postalCode: string | null = null;

  @Property({ type: 'string', hidden: true, length: 5, nullable: true })
  communeCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'Site web (https://…).' })
  @Property({ type: 'text', nullable: true })
  website: string | null = null;

  @Property({ hidden: true })
  createdAt: Date = new Date();

  @Property({ hidden: true, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
