import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

/** Entreprise (titulaire, co-traitant, sous-traitant), identified by its SIRET. */
@Directive('@key(fields: "siret")')
@ObjectType({ description: 'Entreprise titulaire, co-traitante ou sous-traitante, identifiée par son SIRET.' })
@Entity({ tableName: 'company' })
export class Company {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field({ description: 'SIRET (14 chiffres) : la clé de l’entreprise dans tout le graphe.' })
  @PrimaryKey({ length: 14 })
  siret!: string;

  @Field({ description: 'Raison sociale.' })
  @Property()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Code NAF/APE (4 chiffres et une lettre, ex. 4399C).' })
  @Property({ length: 5, nullable: true })
  nafCode?: string | null;

  @Property({ hidden: true, length: 5, nullable: true })
  communeCode?: string | null;

  @Property({ hidden: true })
  createdAt: Date = new Date();

  @Property({ hidden: true, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
