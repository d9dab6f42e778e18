import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  operationFromDocument,
  possibleRuntimeTypes,
  Supergraph,
  type CompositeType,
  type FieldSelection,
  type Operation,
  type Schema,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import { parse } from 'graphql';
import { apolloComputeResponse, installApolloShortcuts, versionRefusal } from '../src/apollo-execution';
import { computeResponse } from '../src/result-shaping';

/**
 * The gateway's shaping of an answer (`result-shaping.ts`) against Apollo's own `computeResponse`, on the
 * supergraph's schema: the operations the portal and the bench send, and one that uses what shaping handles
 * (aliases, fragments on a union and an interface, named fragments, a field selected twice, `@skip`/`@include`
 * with literals and variables, `__typename` aliased, introspection). Each is given thousands of merged answers
 * drawn at random, as no subgraph should send them too: nulls where the schema says non-null, values of the
 * wrong kind, unknown enum values, unknown or missing `__typename`, fields missing or extra, lists where an
 * object is expected. Both must give the same JSON and the same errors, or throw the same message.
 */
const apiSchema: Schema = Supergraph.build(readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8')).apiSchema();

const OPERATIONS: Record<string, string> = {
  dashboard: `query Dashboard($facilitatorId: ID!, $status: [ContractStatus!], $first: Int!, $after: String) {
    contracts(filter: { facilitatorId: $facilitatorId, status: $status }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id reference title executionStart executionEnd hoursTarget buyer { id name kind } holder { siret name }
        facilitator { id name email organisation { name } } insertionProgress { hoursRealised hoursTarget ratio people lastMonthDeclared } }
    }
  }`,
  report: `query Report($buyerId: ID!, $status: [ContractStatus!], $first: Int!) {
    buyer(id: $buyerId) { name kind }
    contracts(filter: { buyerId: $buyerId, status: $status }, first: $first) {
      totalCount
      nodes { reference status hoursTarget insertionProgress { hoursRealised trainingHours people byModality { modality hours people } byMonth { month hours people } } }
    }
  }`,
  lookup: `query Lookup($postalCode: String!) {
    facilitatorsFor(postalCode: $postalCode) {
      place { ... on Commune { code name } }
      facilitators { level facilitator { name email phone organisation { name website } } }
    }
  }`,
  crafted: `query Crafted($id: ID!, $withBuyer: Boolean!, $skipProgress: Boolean = false, $postalCode: String!) {
    kind: __typename
    contract(id: $id) {
      __typename t: __typename id ref: reference reference
      buyer @include(if: $withBuyer) { name kind }
      buyer { id }
      ... on Contract { title status buyer { name } }
      ...Parts
      insertionProgress @skip(if: $skipProgress) { ... on HoursAggregate { suppressed } hoursRealised byMonth { month hours people } }
      nothing: title @skip(if: true)
      always: title @include(if: true)
    }
    facilitatorsFor(postalCode: $postalCode) {
      place { __typename ... on Commune { code name } ... on Epci { code } ... on Region { code name } }
      facilitators { level }
    }
    __type(name: "Contract") { name }
  }
  fragment Parts on Contract { executionStart hoursTarget buyer { kind } }`,
};

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A merged answer for `selectionSet`, mostly well formed, sometimes not (see the file's comment). */
function answerFor(next: () => number, selectionSet: SelectionSet, type: CompositeType, depth: number): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const runtime = possibleRuntimeTypes(type);
  const chosen = runtime[Math.floor(next() * runtime.length)] ?? type;
  const typename = next();
  if (typename < 0.75) object.__typename = chosen.name;
  else if (typename < 0.8) object.__typename = 'NoSuchType';
  else if (typename < 0.83) object.__typename = 'String';
  else if (typename < 0.85) object.__typename = 42;
  fill(next, object, selectionSet, chosen, depth);
  if (next() < 0.1) object.extra = 'not asked for';
  return object;
}

function fill(next: () => number, object: Record<string, unknown>, selectionSet: SelectionSet, runtime: CompositeType, depth: number): void {
  for (const selection of selectionSet.selections()) {
    if (selection.kind === 'FragmentSelection') {
      if (next() < 0.9) fill(next, object, selection.selectionSet, runtime, depth);
      continue;
    }
    const field = selection.element;
    if (field.definition.isSchemaIntrospectionField() || next() < 0.03) continue;
    if (field.name === '__typename') {
      if (next() < 0.5) object[field.responseName()] = next() < 0.8 ? runtime.name : 'Nope';
      continue;
    }
    object[field.responseName()] = valueFor(next, field.definition.type!, selection.selectionSet, depth + 1);
  }
}

function valueFor(next: () => number, type: Type, selectionSet: SelectionSet | undefined, depth: number): unknown {
  if (next() < 0.04) return null;
  if (isNonNullType(type)) return valueFor(next, type.ofType, selectionSet, depth);
  const odd = next();
  if (isListType(type)) {
    if (odd < 0.01) return { not: 'a list' };
    return Array.from({ length: Math.floor(next() * (depth > 3 ? 2 : 4)) }, () => valueFor(next, type.ofType, selectionSet, depth));
  }
  if (isCompositeType(type)) {
    if (odd < 0.01) return 'not an object';
    if (odd < 0.02) return [];
    return answerFor(next, selectionSet!, type, depth);
  }
  if (odd < 0.03) return [true, 1.5, 'x', 7, {}][Math.floor(next() * 5)];
  if (isEnumType(type)) return next() < 0.05 ? 'NO_SUCH_VALUE' : type.values[Math.floor(next() * type.values.length)]!.name;
  switch (type.name) {
    case 'Int':
      return Math.floor(next() * 1000) - 500;
    case 'Float':
      return next() * 100;
    case 'Boolean':
      return next() < 0.5;
    case 'ID':
      return next() < 0.2 ? Math.floor(next() * 100) : `id-${Math.floor(next() * 1e6)}`;
    default:
      return `v${Math.floor(next() * 1000)}`;
  }
}

type Outcome = { json: string; errors: { message: string; path: unknown; code: unknown }[] } | { thrown: string };

function outcomeOf(shape: () => { data: unknown; errors: { message: string; path?: unknown; extensions?: Record<string, unknown> }[] }): Outcome {
  try {
    const { data, errors } = shape();
    return { json: JSON.stringify(data), errors: errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })) };
  } catch (error) {
    return { thrown: (error as Error).message };
  }
}

const introspectionHandling = (selection: FieldSelection) => ({ introspected: selection.element.responseName() });
const operationOf = (query: string): Operation => operationFromDocument(apiSchema, parse(query), { validate: false });

describe('the gateway shapes an answer as Apollo does', () => {
  const apollo = apolloComputeResponse();

  test.each(Object.keys(OPERATIONS))('%s: the same JSON and errors on 3,000 answers drawn at random, well formed or not', (name) => {
    const operation = operationOf(OPERATIONS[name]!);
    const next = random(name.length * 7919);
    const counts = { ok: 0, errors: 0, thrown: 0, nulled: 0 };
    for (let i = 0; i < 3000; i++) {
      const input = answerFor(next, operation.selectionSet, apiSchema.schemaDefinition.rootType('query')!, 0);
      delete input.__typename;
      const variables: Record<string, unknown> = { withBuyer: next() < 0.5, postalCode: '69001', id: 'c1' };
      if (next() < 0.5) variables.skipProgress = next() < 0.5;
      if (next() < 0.02) delete variables.withBuyer;
      const snapshot = JSON.stringify(input);
      const expected = outcomeOf(() => apollo({ operation, variables, input, introspectionHandling }));
      const actual = outcomeOf(() => computeResponse({ operation, variables, input, introspectionHandling }));
      expect(actual).toEqual(expected);
      expect(JSON.stringify(input)).toBe(snapshot);
      if ('thrown' in expected) counts.thrown++;
      else if (!expected.errors.length) counts.ok++;
      else counts[expected.json === 'null' ? 'nulled' : 'errors']++;
    }
    // The draw reaches every path: clean answers, partial ones (errors beside data), a null bubbling to the top,
    // Apollo's asserts (at the seeds above: 60 to 809 clean, 1 to 784 partial, 1,745 to 2,337 null, 277 to 411 thrown).
    expect(counts.ok).toBeGreaterThan(30);
    expect(counts.errors).toBeGreaterThan(0);
    expect(counts.nulled).toBeGreaterThan(1000);
    expect(counts.thrown).toBeGreaterThan(100);
  });

  test('a well-formed report answer comes out field for field, in the order asked, aliases applied', () => {
    const operation = operationOf(`{ contracts(first: 2) { nodes { ref: reference insertionProgress { people byMonth { month hours } } } } }`);
    const input = { contracts: { nodes: [{ ref: 'A', insertionProgress: { byMonth: [{ hours: '7.00', month: '2026-01', __typename: 'MonthHours' }], people: 3 } }] } };
    const { data, errors } = computeResponse({ operation, input, introspectionHandling });
    expect(errors).toEqual([]);
    expect(JSON.stringify(data)).toBe('{"contracts":{"nodes":[{"ref":"A","insertionProgress":{"people":3,"byMonth":[{"month":"2026-01","hours":"7.00"}]}}]}}');
  });

  test('a null in a non-null field empties its nearest nullable parent, with Apollo\'s error and path', () => {
    const operation = operationOf(`{ contract(id: "c1") { id lots { number } } buyer(id: "b1") { name } }`);
    const input = { contract: { id: 'c1', lots: [{ number: 1 }, { number: null }] }, buyer: { name: 'Ville de Lyon' } };
    const { data, errors } = computeResponse({ operation, input, introspectionHandling });
    expect(JSON.stringify(data)).toBe('{"contract":null,"buyer":{"name":"Ville de Lyon"}}');
    expect(errors.map((e) => [e.message, e.path])).toEqual([['Cannot return null for non-nullable field Lot.number.', ['contract', 'lots', 1, 'number']]]);
  });
});

describe('installing the shortcuts', () => {
  afterAll(() => installApolloShortcuts(true));

  test('replaces what Apollo\'s gateway calls, and turning them off gives Apollo\'s back', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const shaping = () => (require('@apollo/gateway/dist/resultShaping.js') as { computeResponse: unknown }).computeResponse;
    const operations = () => (require('@apollo/federation-internals/dist/operations.js') as { operationFromDocument: unknown }).operationFromDocument;
    /* eslint-enable @typescript-eslint/no-require-imports */
    expect(installApolloShortcuts(true)).toEqual({ installed: true });
    expect(shaping()).toBe(computeResponse);
    const memoized = operations();
    expect(installApolloShortcuts(false)).toEqual({ installed: false, reason: 'turned off (GATEWAY_APOLLO_SHORTCUTS=false)' });
    expect(shaping()).toBe(apolloComputeResponse());
    expect(operations()).not.toBe(memoized);
  });

  test('the operation of a document is built once per schema, and again for other fragments or another schema', () => {
    installApolloShortcuts(true);
    const document = parse('query Q { contracts(first: 1) { nodes { ...F } } } fragment F on Contract { id }');
    const [query, fragment] = document.definitions;
    const build = (definitions = [query!, fragment!], schema = apiSchema) => operationFromDocument(schema, { kind: document.kind, definitions }, { validate: false });
    const first = build();
    expect(build()).toBe(first);
    expect(build([query!, parse('fragment F on Contract { reference }').definitions[0]!])).not.toBe(first);
    const otherSchema = Supergraph.build(readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8')).apiSchema();
    expect(build(undefined, otherSchema)).not.toBe(first);
    // The planner's own call (named, validated) is never kept.
    expect(operationFromDocument(apiSchema, document, { operationName: 'Q' })).not.toBe(operationFromDocument(apiSchema, document, { operationName: 'Q' }));
  });

  test('another version of Apollo is served by Apollo\'s own code', () => {
    expect(versionRefusal('2.14.4', '2.14.4')).toBeUndefined();
    expect(versionRefusal('2.15.0', '2.14.4')).toBe('@apollo/gateway 2.15.0 and @apollo/federation-internals 2.14.4: the shortcuts were checked with 2.14.4 only');
  });
});
