import { randomUUID } from 'node:crypto';
import { LocalDateScalar } from '@maillage/subgraph-kit';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Company } from '../company/company.entity';
import { Contract } from '../contract/contract.entity';
import { Lot } from '../lot/lot.entity';

/** A company's role on a contract (DOMAIN.md §1.2). */
export enum PartyRole {
  HOLDER = 'HOLDER',
  CO_CONTRACTOR = 'CO_CONTRACTOR',
  SUBCONTRACTOR = 'SUBCONTRACTOR',
}
registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: 'Rôle d’une entreprise sur un marché ou un lot.',
  valuesConfig: {
    HOLDER: { description: 'Titulaire (ou mandataire d’un groupement) : un seul par marché ou par lot' },
    CO_CONTRACTOR: { description: 'Co-traitant, membre du groupement titulaire' },
    SUBCONTRACTOR: { description: 'Sous-traitant (loi n° 75-1334 du 31 décembre 1975)' },
  },
});

/** An entreprise on a contract, or on one of its lots, in a role, over a period. */
@ObjectType({ description: 'Entreprise intervenant sur un marché ou un lot : titulaire, co-traitante ou sous-traitante.' })
@Entity({ tableName: 'contract_party' })
export class ContractParty {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Identifiant de la participation.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => PartyRole, { description: 'Rôle de l’entreprise.' })
  @Enum({ items: () => PartyRole, nativeEnumName: 'party_role' })
  role!: PartyRole;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début de l’intervention.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin de l’intervention, après le début.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @ManyToOne(() => Contract, { hidden: true })
  contract!: Contract;

  /** Null when the party is on the whole contract. */
  @ManyToOne(() => Lot, { hidden: true, nullable: true })
  lot?: Lot | null;

  @ManyToOne(() => Company, { hidden: true })
  company!: Company;

  @Property({ hidden: true })
  createdAt: Date = new Date();
}
