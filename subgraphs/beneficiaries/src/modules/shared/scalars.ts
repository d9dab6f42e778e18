import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * `Decimal` and `LocalDate`, with the exact names and descriptions the contracts subgraph gives them:
 * composition wants a type declared in two subgraphs to carry the same description. (The contracts
 * branch moves them into the subgraph kit; once it lands, import them from there instead.)
 */

const DECIMAL = /^-?\d{1,20}(?:\.\d{1,10})?$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function decimalFrom(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  if (typeof value === 'bigint') return value.toString();
  // A JSON integer is exact; a JSON fraction went through a binary float and is refused.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new GraphQLError('Decimal expects a string such as "151.67" (a dot, no exponent, no thousands separator)');
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function localDateFrom(value: unknown): string {
  if (typeof value === 'string' && isLocalDate(value)) return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  throw new GraphQLError('LocalDate expects a calendar day written YYYY-MM-DD, such as "2026-09-01"');
}

function literal(ast: ValueNode, kinds: Kind[], name: string): unknown {
  if (!kinds.includes(ast.kind)) throw new GraphQLError(`${name} cannot be written as ${ast.kind}`);
  return (ast as { value: unknown }).value;
}

/** An exact decimal number written as a string (`"151.67"`): hours, ratios. Never a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'Nombre décimal exact, écrit en chaîne avec un point (ex. "1250000.50") : montants en euros, taux, heures. ' +
    'Jamais un flottant.',
  serialize: decimalFrom,
  parseValue: decimalFrom,
  parseLiteral: (ast) => decimalFrom(literal(ast, [Kind.STRING, Kind.INT], 'Decimal')),
});

/** A calendar day without time or time zone, `YYYY-MM-DD` (PostgreSQL `date`). */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'Date du calendrier, sans heure ni fuseau, au format ISO 8601 AAAA-MM-JJ (ex. "2026-09-01").',
  serialize: localDateFrom,
  parseValue: localDateFrom,
  parseLiteral: (ast) => localDateFrom(literal(ast, [Kind.STRING], 'LocalDate')),
});
