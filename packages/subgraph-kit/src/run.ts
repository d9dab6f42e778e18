import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createIdentityVerifier, type IdentityKeySource } from '@maillage/access';
import { closeGracefully, createLogger, exitOnFatal, listen, portOf, stopOnSignals } from '@maillage/service-runtime';
import { loadSubgraphConfig, loadSubgraphConfigWith, type OwnConfig, type SubgraphConfig } from './config';
import { assertMigrated, createOrm, migrate, type NamedMigration } from './orm';
import { createSubgraphServer } from './server';

/** Everything that makes a subgraph: what `runSubgraph` (production) and the test kit start. */
export interface SubgraphDefinition<Loaders = unknown, Own = undefined> {
  /** Public name, as in the supergraph and the gateway's configuration. */
  name: string;
  entities: EntityClass<unknown>[];
  migrations: NamedMigration[];
  /** Builds the federated schema (call once per process: type-graphql metadata is global). */
  buildSchema(): Promise<GraphQLSchema>;
  /** `own` is the subgraph's own configuration section (see `config`), undefined without one. */
  createLoaders(em: EntityManager, own?: Own): Loaders;
  /**
   * The subgraph's own environment variables, read with the common ones by `runSubgraph` (every problem
   * reported at once) and handed to `createLoaders`, `prepare` and `seedDemo`.
   */
  config?: OwnConfig<Own>;
  /**
   * Brings reference data the subgraph needs in every environment up to date (not demo data): runs at
   * every start-up, after the migrations and before any demo seed, and must be idempotent and cheap when
   * there is nothing to do (e.g. compare a recorded data version first). A failure stops the start-up.
   */
  prepare?(em: EntityManager, logger: Logger, own?: Own): Promise<void>;
  /** Inserts demo data when `DB_SEED_DEMO` is on; must be idempotent (runs at every start). */
  seedDemo?(em: EntityManager, logger: Logger, own?: Own): Promise<void>;
  /**
   * Routes served under `/files` (exports, uploads, PDFs), reached through the gateway at
   * `/files/<name>/…`; handlers read the viewer with `fileContext(req)` (see `files.ts`).
   */
  files?(own?: Own): Router;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** Graceful stop: stop accepting, finish in-flight requests, close the pool. */
  stop(): Promise<void>;
}

/** The gateway's keys as configured: given (one or several), or its JWKS URL. */
function gatewayKeysOf(config: SubgraphConfig): IdentityKeySource {
  const { auth } = config;
  return 'gatewayJwks' in auth
    ? { jwksUrl: auth.gatewayJwks.url, refreshMs: auth.gatewayJwks.refreshMs, cooldownMs: auth.gatewayJwks.cooldownMs }
    : auth.gatewayPublicKey;
}

/**
 * Migrates, prepares reference data, optionally seeds, and serves a subgraph. Shared by `main.ts` and the
 * tests.
 */
export async function startSubgraph<Own = undefined>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  definition: SubgraphDefinition<any, Own>,
  config: SubgraphConfig,
  logger: Logger,
  own?: Own,
): Promise<RunningSubgraph> {
  const orm = await createOrm({
    url: config.db.url,
    poolMax: config.db.poolMax,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
    debug: config.db.debug,
    preparedStatements: config.db.preparedStatements,
  });
  try {
    if (config.db.migrate === false) {
      await assertMigrated(orm);
    } else {
      const applied = await migrate(orm, definition.migrations);
      if (applied.length > 0) logger.info({ migrations: applied }, 'applied migrations');
    }
    if (definition.prepare) {
      await definition.prepare(orm.em.fork() as EntityManager, logger.child({ module: 'prepare' }), own);
    }
    if (config.db.seedDemo && definition.seedDemo) {
      await definition.seedDemo(orm.em.fork() as EntityManager, logger.child({ module: 'seed' }), own);
    }
    const identity = await createIdentityVerifier(gatewayKeysOf(config), definition.name, logger.child({ module: 'identity' }));
    const server = await createSubgraphServer({
      name: definition.name,
      identity,
      production: config.env === 'production',
      schema: await definition.buildSchema(),
      orm,
      logger,
      createLoaders: (em) => definition.createLoaders(em, own),
      files: definition.files?.(own),
    });
    const http = await listen(server.app, config.http.port, config.http.host);
    const port = portOf(http);
    return {
      port,
      url: `http://127.0.0.1:${port}/graphql`,
      stop: async () => {
        await closeGracefully(http, config.shutdownGraceMs);
        await server.stop();
        identity.close();
        await orm.close();
      },
    };
  } catch (error) {
    await orm.close(true).catch(() => undefined);
    throw error;
  }
}

/**
 * `main.js --migrate-only`: applies the pending migrations and exits (the migration job run before a rollout).
 * Refuses, like a start-up does, a database holding migrations this build does not contain.
 */
async function migrateOnly(definition: SubgraphDefinition<unknown, unknown>, config: SubgraphConfig, logger: Logger): Promise<void> {
  const orm = await createOrm({
    url: config.db.url,
    poolMax: 1,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
  });
  try {
    const applied = await migrate(orm, definition.migrations);
    logger.info({ migrations: applied }, `${definition.name}: ${applied.length} migration(s) applied, none pending`);
  } finally {
    await orm.close();
  }
}

/**
 * The whole life of a subgraph process: configuration (the common variables and the subgraph's own, see
 * `SubgraphDefinition.config`), migrations, reference data (`prepare`), optional demo seed, listen, and a
 * graceful shutdown on SIGTERM/SIGINT.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function runSubgraph<Own = undefined>(definition: SubgraphDefinition<any, Own>): Promise<void> {
  let logger: Logger | undefined;
  try {
    const { config, own } = definition.config
      ? loadSubgraphConfigWith(definition.config)
      : { config: loadSubgraphConfig(), own: undefined };
    logger = createLogger({ name: definition.name, level: config.log.level });
    if (process.argv.slice(2).includes('--migrate-only')) {
      await migrateOnly(definition, config, logger);
      return;
    }
    const running = await startSubgraph(definition, config, logger, own);
    logger.info({ port: running.port, node: process.version }, `${definition.name} subgraph ready`);
    stopOnSignals(definition.name, logger, () => running.stop());
  } catch (error) {
    exitOnFatal(definition.name, logger, error);
  }
}
