import { createLogger, startSubgraph, type SubgraphDefinition } from '@maillage/subgraph-kit';
import { createTestDatabase } from './database';

export interface TestSubgraph {
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  /** Base URL without `/graphql`, for /health and /ready. */
  baseUrl: string;
  /** The subgraph's own database URL, for assertions made in SQL. */
  databaseUrl: string;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

/**
 * Starts the real subgraph on a fresh database (migrations run as in production), on a free port.
 * Logs are silent unless `TEST_LOG_LEVEL` is set.
 */
export async function startTestSubgraph(
  definition: SubgraphDefinition,
  options: { seedDemo?: boolean } = {},
): Promise<TestSubgraph> {
  const database = await createTestDatabase(definition.name);
  const logger = createLogger({ name: definition.name, level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  try {
    const running = await startSubgraph(
      definition,
      {
        env: 'test',
        http: { host: '127.0.0.1', port: 0 },
        db: { url: database.url, poolMax: 5, seedDemo: options.seedDemo ?? false, debug: false },
        log: { level: 'silent' },
        shutdownGraceMs: 1000,
      },
      logger,
    );
    return {
      url: running.url,
      baseUrl: running.url.replace(/\/graphql$/, ''),
      databaseUrl: database.url,
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
