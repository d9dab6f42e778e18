import { LocalDateScalar } from '@maillage/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';
import { PartyRole } from './contract-party.entity';

@InputType({ description: 'Une entreprise à rattacher à un marché ou à l’un de ses lots.' })
export class AddContractPartyInput {
  @Field(() => ID, { description: 'Marché.' })
  contractId!: string;

  @Field(() => ID, { nullable: true, description: 'Lot du marché ; absent : le marché entier.' })
  lotId?: string | null;

  @Field({ description: 'SIRET de l’entreprise (créée au préalable avec createCompany).' })
  siret!: string;

  @Field(() => PartyRole, { description: 'Rôle de l’entreprise.' })
  role!: PartyRole;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Début de l’intervention.' })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin de l’intervention, après le début.' })
  endDate?: string | null;
}

@InputType({ description: 'Changements des dates d’une intervention ; un champ absent reste inchangé, null l’efface.' })
export class UpdateContractPartyInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Début de l’intervention.' })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin de l’intervention, après le début.' })
  endDate?: string | null;
}
