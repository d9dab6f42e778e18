import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DecimalScalar } from '@maillage/subgraph-kit';

/** Contract, owned by the `contracts` subgraph: this subgraph knows its id and adds its insertion progress. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Marché public (ou privé) susceptible de porter une clause sociale.' })
export class Contract {
  @Field(() => ID, { description: 'Identifiant du marché.' })
  id!: string;

  /** Owned by contracts (`Decimal!`, as there): here only as the input of `insertionProgress` (`@requires`). */
  @Field(() => DecimalScalar, { description: 'Objectif d’heures d’insertion du marché (Decimal) : somme des objectifs des clauses de ses lots.' })
  @Directive('@external')
  hoursTarget?: string | null;
}

/** The federation stub for a contract id. */
export function contractStub(id: string): Contract {
  return Object.assign(new Contract(), { id });
}
