import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Sensitivity } from './criterion.enums';

/** Territory code of the national catalogue; a department code for a territory's own criteria. */
export const NATIONAL = 'FR';

/** A criterion of the eligibility catalogue: national, or added (or overridden) by a territory. */
@ObjectType({ description: 'Critère d’éligibilité du catalogue (national ou propre à un territoire).' })
@Entity({ tableName: 'eligibility_criterion' })
export class EligibilityCriterion {
  @Field(() => ID, { description: 'Identifiant du critère.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '« FR » pour le catalogue national, sinon le code du département qui l’a défini.' })
  @Property({ type: 'varchar', length: 3 })
  territory!: string;

  @Field({ description: 'Code du critère (ex. RSA, DELD, RQTH), unique dans son territoire.' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Libellé.' })
  @Property({ type: 'text' })
  label!: string;

  @Field({ description: 'Justificatif attendu.' })
  @Property({ type: 'text' })
  proofType!: string;

  @Field(() => Int, { nullable: true, description: 'Durée de validité du justificatif, en jours à compter de sa date (vide : sans limite).' })
  @Property({ type: 'integer', nullable: true })
  proofValidityDays?: number | null;

  @Field(() => Sensitivity, { description: 'Niveau de sensibilité (santé et justice : accès le plus restreint).' })
  @Enum({ items: () => Sensitivity })
  sensitivity!: Sensitivity;

  /** Level in the IAE eligibility rule (les emplois de l'inclusion, `AdministrativeCriteriaLevel`); null outside it. */
  @Field(() => Int, {
    nullable: true,
    description: 'Niveau IAE : 1 (un critère suffit) ou 2 (il en faut deux en AI et ETTI, trois en ACI, EI et EITI) ; vide pour un critère hors IAE.',
  })
  @Property({ type: 'smallint', nullable: true })
  iaeLevel?: number | null;
}
