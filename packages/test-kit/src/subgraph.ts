import { createLogger, PUBLIC_VIEWER, startSubgraph, STATEMENTS_HEADER, type SubgraphDefinition, type Viewer } from '@maillage/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from './http';
import { signIdentity, testIdentityKeys } from './identity';
import { createTestDatabase } from './database';
import { templateFor } from './templates';

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
  } = {},
): Promise<TestSubgraph> {
  const database = await createTestDatabase(definition.name, { template: templateFor(definition) });
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
