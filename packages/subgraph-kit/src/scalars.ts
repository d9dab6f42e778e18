import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * Scalars several subgraphs share. Composition wants a type declared in two subgraphs to carry the same
 * description, so they live here rather than being redeclared (slightly differently) by each subgraph.
 */

const DECIMAL = /^-?\d{1,20}(?:\.\d{1,10})?$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function decimalFrom(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  if (typeof value === 'bigint') return value.toString();
  // A JSON integer is exact; a JSON fraction went through a binary float and is refused.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new GraphQLError('Decimal expects a string such as "1250000.50" (a dot, no exponent, no thousands separator)');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a real calendar day written `YYYY-MM-DD` (proleptic Gregorian, as `Date` and PostgreSQL count). Checked
 * by arithmetic rather than through a `Date`: every date a subgraph answers is serialized through here, and the
 * round trip through `Date` cost several times more (about 100 dates for a dashboard's page).
 */
export function isLocalDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return day <= DAYS_IN_MONTH[month - 1]! + leapDay;
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

/**
 * An exact decimal number, written as a string with a dot (`"1250000.50"`): money in euros, rates, hours.
 * Never a float: PostgreSQL `numeric` values travel as strings end to end.
 */
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
