import { randomBytes } from 'node:crypto';
import { createDatabase, dropDatabase, withDatabaseName } from '@maillage/postgres';
import { createLogger, createOrm, migrate, type SubgraphDefinition } from '@maillage/subgraph-kit';

/**
 * Template databases, one per subgraph of the registry, made once per test run by the repository's global
 * setup (`registry-setup.ts`): the
 * subgraph's migrations applied and its reference data prepared (the directory's 35,000 communes), as
 * every start-up would do on an empty database. A test stack or a test subgraph then creates its database
 * as a copy (`CREATE DATABASE … TEMPLATE …`), and its start-up finds nothing to migrate or load: the same
 * end state, without repeating the same work forty times a run on two cores.
 *
 * Tests of the migrations themselves and of the first load keep using empty databases
 * (`createTestDatabase`).
 */
export const TEST_TEMPLATES_VARIABLE = 'MAILLAGE_TEST_TEMPLATES';

/** A template: its database, and the migrations it holds (a definition with other migrations does not use it). */
export interface DatabaseTemplate {
  database: string;
  migrations: string[];
}

/** Makes one template per definition on the run's server; returns them by subgraph name. */
export async function createTemplates(adminUrl: string, definitions: readonly SubgraphDefinition[]): Promise<Record<string, DatabaseTemplate>> {
  const run = randomBytes(3).toString('hex');
  const templates: Record<string, DatabaseTemplate> = {};
  const logger = createLogger({ name: 'test-templates', level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  for (const definition of definitions) {
    // A subgraph whose preparation reads its own configuration is started from an empty database instead.
    if (definition.prepare && definition.config) continue;
    const database = `t_tpl_${run}_${definition.name.replace(/[^a-z0-9]/g, '_')}`;
    await createDatabase(adminUrl, database);
    const orm = await createOrm({ url: withDatabaseName(adminUrl, database), poolMax: 2, entities: definition.entities, migrations: definition.migrations, logger, debug: false });
    try {
      await migrate(orm, definition.migrations);
      await definition.prepare?.(orm.em.fork() as Parameters<NonNullable<SubgraphDefinition['prepare']>>[0], logger);
    } finally {
      await orm.close(true);
    }
    templates[definition.name] = { database, migrations: definition.migrations.map((migration) => migration.name) };
  }
  return templates;
}

export async function dropTemplates(adminUrl: string, templates: Record<string, DatabaseTemplate>): Promise<void> {
  for (const template of Object.values(templates)) await dropDatabase(adminUrl, template.database);
}

/** The run's templates (empty outside jest or when the global setup made none). */
export function testTemplates(): Record<string, DatabaseTemplate> {
  const raw = process.env[TEST_TEMPLATES_VARIABLE];
  return raw ? (JSON.parse(raw) as Record<string, DatabaseTemplate>) : {};
}

/** The template database for this definition, when one holds exactly its migrations. */
export function templateFor(definition: Pick<SubgraphDefinition, 'name' | 'migrations'>): string | undefined {
  const template = testTemplates()[definition.name];
  if (!template) return undefined;
  const names = definition.migrations.map((migration) => migration.name);
  return names.length === template.migrations.length && names.every((name, i) => name === template.migrations[i]) ? template.database : undefined;
}
