import { join } from 'node:path';
import { localSubgraphs, ROOT_DIR } from '@maillage/dev-stack';
import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { testAdminUrl } from './database';
import globalSetup from './global-setup';
import { createTemplates, TEST_TEMPLATES_VARIABLE } from './templates';

function isDefinition(value: unknown): value is SubgraphDefinition {
  return typeof value === 'object' && value !== null && 'migrations' in value && 'buildSchema' in value && 'name' in value;
}

/** The definition a subgraph package's build exports from `dist/subgraph.js`. */
function definitionOf(subgraph: { name: string; package: string }): SubgraphDefinition | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(join(ROOT_DIR, subgraph.package, 'dist/subgraph.js')) as Record<string, unknown>;
  return Object.values(exports).find((value): value is SubgraphDefinition => isDefinition(value) && value.name === subgraph.name);
}

/**
 * This repository's jest global setup: the kit's (one PostgreSQL, one key pair for the run), then one
 * template database per subgraph of the registry (`templates.ts`), so that the forty stacks of a run start
 * from copies instead of migrating and loading the geography each time. Not in the packed kit: it reads
 * the registry.
 */
export default async function registrySetup(): Promise<void> {
  await globalSetup();
  const definitions = localSubgraphs().map(definitionOf).filter((definition): definition is SubgraphDefinition => definition !== undefined);
  process.env[TEST_TEMPLATES_VARIABLE] = JSON.stringify(await createTemplates(testAdminUrl(), definitions));
}
