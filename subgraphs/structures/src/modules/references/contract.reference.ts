import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Contract, owned by the `contracts` subgraph: this subgraph adds the structures that could deliver it
 * (`matchingStructures`) from the fields it requires of contracts — nothing of a contract is stored here.
 * The descriptions are those of contracts (composition wants them equal).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Marché public (ou privé) susceptible de porter une clause sociale.' })
export class Contract {
  @Field(() => ID, { description: 'Identifiant du marché.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Code CPV principal, chiffre de contrôle compris (ex. 45210000-2) ; sa division (deux premiers chiffres) sert au rapprochement avec les structures.' })
  @Directive('@external')
  cpvCode?: string | null;

  @Field(() => String, { description: 'Code INSEE de la commune des travaux ou de la prestation (celle de l’acheteur si elle n’a pas été précisée).' })
  @Directive('@external')
  worksCommuneCode?: string;

  @Field(() => [String], {
    description: 'SIRET des entreprises déjà co-traitantes ou sous-traitantes d’un titulaire de ce marché, sur ce marché ou un autre qu’il a tenu : la collaboration passée que le rapprochement avec les structures prend en compte.',
  })
  @Directive('@external')
  holderCollaboratorSirets?: string[];
}

/** The federation stub for a contract id. */
export function contractStub(id: string): Contract {
  return Object.assign(new Contract(), { id });
}
