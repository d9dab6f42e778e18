import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A social-clause facilitator. The directory is public on purpose: name, job title and professional
 * contact details are what buyers, companies and job-seekers look up (no personal data is stored here).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Facilitateur ou facilitatrice des clauses sociales (annuaire).' })
@Entity({ tableName: 'facilitator' })
export class Facilitator {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Identifiant du facilitateur.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', hidden: true })
  organisationId!: string;

  @Field({ description: 'Prénom et nom.' })
  @Property()
  name!: string;

  @Field({ description: 'Intitulé du poste (« Facilitatrice des clauses sociales »…).' })
  @Property()
  jobTitle!: string;

  @Field({ description: 'Adresse électronique professionnelle (publiée dans l’annuaire).' })
  @Property()
  email!: string;

  @Field(() => String, { nullable: true, description: 'Téléphone professionnel (publié dans l’annuaire).' })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field({ description: 'En poste : seuls les facilitateurs actifs répondent aux recherches par territoire.' })
  @Property()
  active: boolean = true;

  @Property({ hidden: true })
  createdAt: Date = new Date();

  @Property({ hidden: true, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
