import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, specifiedRules, validate, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { createArmor, GATEWAY_LIMITS } from '@maillage/service-runtime';

/**
 * Every operation the portal sends passes the gateway's own validation (depth, aliases, cost): a screen whose
 * query the gateway refuses with a 400 is a screen that never shows (the cost grows with nesting, and a list
 * inside a list inside a list is quickly over).
 */
const OPERATIONS = join(__dirname, '../src/app/operations');
const schema = buildSchema(readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8'), { assumeValidSDL: true });
const { validationRules } = createArmor(GATEWAY_LIMITS, { hideSchema: false });

const documents = readdirSync(OPERATIONS)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => parse(readFileSync(join(OPERATIONS, file), 'utf8')));
const fragments = documents.flatMap((document) => document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition'));
const operations = documents.flatMap((document) =>
  document.definitions.filter((d) => d.kind === 'OperationDefinition').map((d) => [d.name?.value ?? '(anonyme)', d] as [string, DefinitionNode]),
);

/** The operation with the fragments it spreads (directly or through another fragment). */
function alone(operation: DefinitionNode): DocumentNode {
  const used = new Map<string, FragmentDefinitionNode>();
  const visit = (node: DefinitionNode) => {
    for (const [, name] of JSON.stringify(node).matchAll(/"kind":"FragmentSpread","name":\{"kind":"Name","value":"(\w+)"/g)) {
      const fragment = fragments.find((f) => f.name.value === name);
      if (fragment && !used.has(name!)) {
        used.set(name!, fragment);
        visit(fragment);
      }
    }
  };
  visit(operation);
  return { kind: 'Document' as DocumentNode['kind'], definitions: [operation, ...used.values()] } as DocumentNode;
}

/**
 * The document as urql sends it: its cache adds `__typename` to every selection set below the operation's
 * root, and the gateway counts those fields in the cost too.
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: (node: SelectionSetNode, _key, parent) => {
      if (parent && !Array.isArray(parent) && (parent as { kind: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  });
}

test('the portal has operations to check', () => {
  expect(operations.length).toBeGreaterThan(10);
});

test.each(operations)('%s passes the gateway’s depth, alias and cost limits', (_name, operation) => {
  const errors = validate(schema, withTypenames(alone(operation)), [...specifiedRules, ...validationRules]);
  expect(errors.map((error) => error.message)).toEqual([]);
});
