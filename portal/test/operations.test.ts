import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, specifiedRules, validate, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
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

test('the portal has operations to check', () => {
  expect(operations.length).toBeGreaterThan(10);
});

test.each(operations)('%s passes the gateway’s depth, alias and cost limits', (_name, operation) => {
  const errors = validate(schema, alone(operation), [...specifiedRules, ...validationRules]);
  expect(errors.map((error) => error.message)).toEqual([]);
});
