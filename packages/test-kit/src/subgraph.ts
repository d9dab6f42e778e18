import { createLogger, createOrm, migrate, PUBLIC_VIEWER, startSubgraph, STATEMENTS_HEADER, type NamedMigration, type SubgraphDefinition, type Viewer } from '@maillage/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from './http';
import { signIdentity, testIdentityKeys } from './identity';
import { createTestDatabase } from './database';
import { templateFor } from './templates';

/**
 * `MAILLAGE_TEST_EXPAND_MIGRATIONS`: the path of a module exporting `expandMigrations(subgraph)`, the next
 * version's migrations. Set, they are applied to the database of every test subgraph just after it started,
 * under the running server, as a rolling upgrade's migration job does: the test file then checks that this
 * version still behaves (integration-tests/rolling-upgrade.test.ts runs a subgraph's own tests so).
 */
const EXPAND_VARIABLE = 'MAILLAGE_TEST_EXPAND_MIGRATIONS';

async function applyExpandMigrations(definition: SubgraphDefinition, url: string, logger: ReturnType<typeof createLogger>): Promise<void> {
  const modulePath = process.env[EXPAND_VARIABLE];
  if (!modulePath) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { expandMigrations } = require(modulePath) as { expandMigrations(subgraph: string): NamedMigration[] };
  const extra = expandMigrations(definition.name);
  if (extra.length === 0) return;
  const migrations = [...definition.migrations, ...extra];
  const orm = await createOrm({ url, poolMax: 1, entities: definition.entities, migrations, logger });
  try {
    const applied = await migrate(orm, migrations);
    process.stderr.write(`${EXPAND_VARIABLE}: applied under the running ${definition.name}: ${applied.join(', ')}\n`);
  } finally {
    await orm.close();
  }
}

export interface TestSubgraph {
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  /** Base URL without `/graphql`, for /health and /ready. */
  baseUrl: string;
  /** The subgraph's own database URL, for assertions made in SQL. */
  databaseUrl: string;
  /**
   * Runs an operation as `viewer` (default: the public caller), with an internal identity signed as the
   * gateway would. Use `postGraphQL(url, …)` for calls that must fail without one.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { viewer?: Viewer; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>;
  /** The number of SQL statements the subgraph sent to answer an operation (`x-sql-statements`). */
  statementsFor(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<number>;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

/**
 * Starts the real subgraph on a fresh database (migrations run as in production; a copy of the run's
 * template when one holds exactly this definition's migrations, see `templates.ts`), on a free port.
 * Logs are silent unless `TEST_LOG_LEVEL` is set.
 */
export async function startTestSubgraph(
  definition: SubgraphDefinition,
  options: {
    seedDemo?: boolean;
    /** Route the subgraph's connections elsewhere (a proxy that a test can cut), given the real URL. */
    rewriteDatabaseUrl?: (url: string) => string;
    /** Create the database on this server (a superuser URL) instead of the test run's. */
    adminUrl?: string;
  } = {},
): Promise<TestSubgraph> {
  // The run's templates live on the run's server: on another server, the migrations run as in production.
  const database = await createTestDatabase(definition.name, options.adminUrl ? { adminUrl: options.adminUrl } : { template: templateFor(definition) });
  const logger = createLogger({ name: definition.name, level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  try {
    const running = await startSubgraph(
      definition,
      {
        env: 'test',
        http: { host: '127.0.0.1', port: 0 },
        db: { url: options.rewriteDatabaseUrl?.(database.url) ?? database.url, poolMax: 5, seedDemo: options.seedDemo ?? false, debug: false },
        log: { level: 'silent' },
        shutdownGraceMs: 1000,
        auth: { gatewayPublicKey: testIdentityKeys().publicJwk },
      },
      logger,
    );
    await applyExpandMigrations(definition, options.rewriteDatabaseUrl?.(database.url) ?? database.url, logger);
    return {
      url: running.url,
      baseUrl: running.url.replace(/\/graphql$/, ''),
      databaseUrl: database.url,
      query: async (query, variables, options = {}) => {
        const token = await signIdentity(options.viewer ?? PUBLIC_VIEWER, definition.name);
        return postGraphQL(running.url, query, variables, { authorization: `Bearer ${token}`, ...options.headers });
      },
      statementsFor: async (query, variables, viewer) => {
        const token = await signIdentity(viewer ?? PUBLIC_VIEWER, definition.name);
        const response = await postGraphQL(running.url, query, variables, { authorization: `Bearer ${token}`, [STATEMENTS_HEADER]: 'count' });
        if (response.body.errors) throw new Error(`operation failed: ${JSON.stringify(response.body.errors)}`);
        return Number(response.headers.get(STATEMENTS_HEADER));
      },
      stop: async () => {
        await running.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
