import { BadUserInputError, DecimalScalar } from '@maillage/subgraph-kit';
import { Field, InputType, Int } from 'type-graphql';
import { InsertionClauseInput } from '../clause/insertion-clause.inputs';
import { validateClause, type ClauseValues } from '../clause/insertion-clause.validation';
import { requireAmount, requireText } from '../shared/validation';

@InputType({ description: 'Un lot à créer, avec sa clause éventuelle.' })
export class LotInput {
  @Field(() => Int, { description: 'Numéro du lot, unique dans le marché (≥ 1).' })
  number!: number;

  @Field({ description: 'Intitulé du lot.' })
  title!: string;

  @Field(() => DecimalScalar, { description: 'Montant hors taxes, en euros (≥ 0).' })
  amount!: string;

  @Field(() => InsertionClauseInput, { nullable: true, description: 'Clause sociale d’insertion du lot.' })
  clause?: InsertionClauseInput | null;
}

@InputType({ description: 'Changements d’un lot ; un champ absent reste inchangé.' })
export class UpdateLotInput {
  @Field(() => Int, { nullable: true, description: 'Numéro du lot, unique dans le marché (≥ 1).' })
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'Intitulé du lot.' })
  title?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Montant hors taxes, en euros (≥ 0).' })
  amount?: string | null;
}

export interface LotValues {
  number: number;
  title: string;
  amount: string;
  clause: ClauseValues | null;
}

export function requireLotNumber(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 9999) {
    throw new BadUserInputError(`${field} must be a whole number from 1 to 9999`, field);
  }
  return value;
}

export function validateLot(input: LotInput, field: string): LotValues {
  return {
    number: requireLotNumber(input.number, `${field}.number`),
    title: requireText(input.title, `${field}.title`, 300),
    amount: requireAmount(input.amount, `${field}.amount`),
    clause: input.clause ? validateClause(input.clause, `${field}.clause`) : null,
  };
}

/** Validates a partial update; returns only the fields to change. */
export function validateLotUpdate(input: UpdateLotInput, field: string): Partial<Omit<LotValues, 'clause'>> {
  const changes: Partial<Omit<LotValues, 'clause'>> = {};
  for (const key of ['number', 'title', 'amount'] as const) {
    if (input[key] === null) throw new BadUserInputError(`${field}.${key} cannot be cleared`, `${field}.${key}`);
  }
  if (input.number != null) changes.number = requireLotNumber(input.number, `${field}.number`);
  if (input.title != null) changes.title = requireText(input.title, `${field}.title`, 300);
  if (input.amount != null) changes.amount = requireAmount(input.amount, `${field}.amount`);
  return changes;
}
