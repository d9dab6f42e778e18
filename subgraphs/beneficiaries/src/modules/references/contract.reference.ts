import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../shared/scalars';

/**
 * Whether the composed contracts subgraph exposes `Contract.hoursTarget: Decimal` (the contracts branch
 * adds it). When true, `hoursTarget` is declared `@external` here and `insertionProgress` asks for it with
 * `@requires`, so the gateway fetches it from contracts first. Federation refuses an `@external` field no
 * other subgraph defines, so this stays false until that branch is in the same tree: then set it to true
 * and run `npm run compose`. Meanwhile progress has no target and no ratio.
 */
export const CONTRACT_HOURS_TARGET_COMPOSED = false;

function when(condition: boolean, decorator: PropertyDecorator & MethodDecorator): PropertyDecorator & MethodDecorator {
  return condition ? decorator : () => undefined;
}

/** Contract, owned by the `contracts` subgraph: this subgraph knows its id and adds its insertion progress. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Marché public (ou privé) susceptible de porter une clause sociale.' })
export class Contract {
  @Field(() => ID, { description: 'Identifiant du marché.' })
  id!: string;

  /** Owned by contracts (`Decimal!`, as there): here only as the input of `insertionProgress`. */
  @when(CONTRACT_HOURS_TARGET_COMPOSED, Field(() => DecimalScalar, { description: 'Objectif d’heures d’insertion du marché (Decimal) : somme des objectifs des clauses de ses lots.' }))
  @when(CONTRACT_HOURS_TARGET_COMPOSED, Directive('@external'))
  hoursTarget?: string | null;
}

/** The federation stub for a contract id. */
export function contractStub(id: string): Contract {
  return Object.assign(new Contract(), { id });
}
