import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { loadSubgraphConfig, type SubgraphConfig } from './config';
import { closeGracefully, listen, portOf } from './http';
import { createIdentityVerifier } from './identity';
import { createLogger } from './logger';
import { createOrm, migrate, type NamedMigration } from './orm';
import { createSubgraphServer } from './server';

/** Everything that makes a subgraph: what `runSubgraph` (production) and the test kit start. */
export interface SubgraphDefinition<Loaders = unknown> {
  /** Public name, as in the supergraph and the gateway's configuration. */
  name: string;
  entities: EntityClass<unknown>[];
  migrations: NamedMigration[];
  /** Builds the federated schema (call once per process: type-graphql metadata is global). */
  buildSchema(): Promise<GraphQLSchema>;
  createLoaders(em: EntityManager): Loaders;
  /**
   * Brings reference data the subgraph needs in every environment up to date (not demo data): runs at
   * every start-up, after the migrations and before any demo seed, and must be idempotent and cheap when
   * there is nothing to do (e.g. compare a recorded data version first). A failure stops the start-up.
   */
  prepare?(em: EntityManager, logger: Logger): Promise<void>;
  /** Inserts demo data when `DB_SEED_DEMO` is on; must be idempotent (runs at every start). */
  seedDemo?(em: EntityManager, logger: Logger): Promise<void>;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** Graceful stop: stop accepting, finish in-flight requests, close the pool. */
  stop(): Promise<void>;
}

/**
 * Migrates, prepares reference data, optionally seeds, and serves a subgraph. Shared by `main.ts` and the
 * tests.
 */
export async function startSubgraph(
  definition: SubgraphDefinition,
  config: SubgraphConfig,
  logger: Logger,
): Promise<RunningSubgraph> {
  const orm = await createOrm({
    url: config.db.url,
    poolMax: config.db.poolMax,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
    debug: config.db.debug,
  });
  try {
    const applied = await migrate(orm, definition.migrations);
    if (applied.length > 0) logger.info({ migrations: applied }, 'applied migrations');
    if (definition.prepare) {
      await definition.prepare(orm.em.fork() as EntityManager, logger.child({ module: 'prepare' }));
    }
    if (config.db.seedDemo && definition.seedDemo) {
      await definition.seedDemo(orm.em.fork() as EntityManager, logger.child({ module: 'seed' }));
    }
    const server = await createSubgraphServer({
      name: definition.name,
      identity: await createIdentityVerifier(config.auth.gatewayPublicKey, definition.name),
      production: config.env === 'production',
      schema: await definition.buildSchema(),
      orm,
      logger,
      createLoaders: (em) => definition.createLoaders(em),
    });
    const http = await listen(server.app, config.http.port, config.http.host);
    const port = portOf(http);
    return {
      port,
      url: `http://127.0.0.1:${port}/graphql`,
      stop: async () => {
        await closeGracefully(http, config.shutdownGraceMs);
        await server.stop();
        await orm.close();
      },
    };
  } catch (error) {
    await orm.close(true).catch(() => undefined);
    throw error;
  }
}

/** Prints one line for a fatal start-up error and exits non-zero: never a bare stack trace. */
export function exitOnFatal(name: string, logger: Logger | undefined, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  logger?.fatal({ err: error }, 'start-up failed');
  process.stderr.write(`${name}: ${message}\n`);
  process.exit(1);
}

/**
 * Stops gracefully on SIGTERM or SIGINT, and when the parent that spawned this process over IPC goes away
 * (`npm start`): a service never outlives the stack that started it.
 */
export function stopOnSignals(name: string, logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => exitOnFatal(name, logger, error),
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  if (process.send) process.on('disconnect', () => shutdown('parent exited'));
}

/**
 * The whole life of a subgraph process: configuration, migrations, reference data (`prepare`), optional
 * demo seed, listen, and a graceful shutdown on SIGTERM/SIGINT.
 */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  let logger: Logger | undefined;
  try {
    const config = loadSubgraphConfig();
    logger = createLogger({ name: definition.name, level: config.log.level });
    const running = await startSubgraph(definition, config, logger);
    logger.info({ port: running.port, node: process.version }, `${definition.name} subgraph ready`);
    stopOnSignals(definition.name, logger, () => running.stop());
  } catch (error) {
    exitOnFatal(definition.name, logger, error);
  }
}
