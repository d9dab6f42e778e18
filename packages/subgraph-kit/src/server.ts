import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import express, { type Express, type Request, type RequestHandler, type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { IdentityKeysUnavailableError, type IdentityVerifier, type Viewer } from '@maillage/access';
import {
  createArmor,
  createErrorHandler,
  createMetrics,
  notFound,
  requestIdFrom,
  requestLogPlugin,
  SUBGRAPH_LIMITS,
  withRequestLogger,
  type PoolUsage,
} from '@maillage/service-runtime';
import type { RequestContext } from './context';
import { createFormatError } from './errors';
import { attachFileContext, fileErrorHandler } from './files';
import { isDatabaseReady } from './orm';
import { countStatements, STATEMENTS_HEADER, withStatementCount } from './statements';

export interface CreateSubgraphServerOptions<Loaders> {
  /** Public name of the subgraph, as in the supergraph (`contracts`…). */
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  logger: Logger;
  createLoaders: (em: EntityManager) => Loaders;
  /** Verifies the gateway-signed identity every call must carry. */
  identity: IdentityVerifier;
  /** Production hides the schema: no introspection, no field suggestions. */
  production?: boolean;
  /** Routes served under `/files` (exports, uploads), behind the same identity as `/graphql`. */
  files?: Router;
}

export interface SubgraphServer {
  app: Express;
  apollo: ApolloServer<RequestContext>;
  /** Stops Apollo (in-flight operations finish first). */
  stop(): Promise<void>;
}

/** The knex (tarn) pool behind MikroORM, read at scrape time. */
function poolUsage(orm: MikroORM): PoolUsage {
  const knex = (orm as MikroORM<PostgreSqlDriver>).em.getConnection().getKnex();
  const pool = (knex.client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;
  return { used: pool?.numUsed() ?? 0, free: pool?.numFree() ?? 0, pending: pool?.numPendingAcquires() ?? 0 };
}

interface IdentifiedRequest extends Request {
  viewer?: Viewer;
}

/**
 * Every GraphQL call — `_service` and `_entities` included — must carry an internal identity signed by the
 * gateway for this subgraph; anything else is refused before GraphQL runs.
 */
function requireIdentity(identity: IdentityVerifier): RequestHandler {
  return (req, res, next) => {
    identity.verify(req.headers.authorization).then((viewer) => {
      if (!viewer) {
        res.status(401).json({
          errors: [{ message: 'calls must come through the gateway with a valid identity', extensions: { code: 'UNAUTHENTICATED' } }],
        });
        return;
      }
      (req as IdentifiedRequest).viewer = viewer;
      next();
    }, (error: unknown) => {
      // No key of the gateway is known yet: refuse (never let a call through unverified) and say why.
      if (!(error instanceof IdentityKeysUnavailableError)) return next(error);
      res.status(503).json({
        errors: [{ message: "les clés publiques de la passerelle sont indisponibles : l'identité de l'appel ne peut pas être vérifiée", extensions: { code: error.code } }],
      });
    });
  };
}

/**
 * Counts the statements of the request and reports them in a response header — only when the caller asks
 * (request header `x-sql-statements`, as tests and the bench do): the hot path does not pay for it.
 */
const countRequestStatements: RequestHandler = (req, res, next) => {
  if (req.headers[STATEMENTS_HEADER] === undefined) {
    next();
    return;
  }
  const { count } = withStatementCount(() => next());
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
  res.writeHead = ((...args: unknown[]) => {
    if (!res.headersSent) res.setHeader(STATEMENTS_HEADER, String(count.statements));
    return writeHead(...args);
  }) as typeof res.writeHead;
};

/**
 * Builds a subgraph's HTTP application: `POST /graphql`, `GET /health` (process alive), `GET /ready`
 * (database reachable, migrations applied) and, when the subgraph has some, its file routes under `/files`. Does not listen: `main.ts` and the tests do.
 */
export async function createSubgraphServer<Loaders>(
  options: CreateSubgraphServerOptions<Loaders>,
): Promise<SubgraphServer> {
  const { logger, orm } = options;
  const armor = createArmor(SUBGRAPH_LIMITS, { hideSchema: options.production ?? false });
  const metrics = createMetrics(options.name, { pool: () => poolUsage(orm) });
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    // Subgraphs sit behind the gateway: no landing page, no timing traces for it (they would reveal
    // internals to whoever calls the subgraph), and never a stack trace in a response.
    plugins: [
      ...armor.plugins,
      metrics.plugin,
      requestLogPlugin(logger),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // No field sets a cache hint and the gateway never caches: computing a policy per field is waste.
      ApolloServerPluginCacheControlDisabled(),
    ],
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    // `_service { sdl }` is not introspection: composition still works with this off.
    introspection: !(options.production ?? false),
    // Shutdown is ours (stopOnSignals): HTTP first, then Apollo, then the database pool.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Only the gateway reads a subgraph's answers, and never conditionally: no ETag (a hash of every body).
  app.set('etag', false);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/metrics', metrics.handler);
  app.get('/ready', async (_req, res) => {
    const ready = await isDatabaseReady(orm);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', service: options.name });
  });
  countStatements(orm);
  app.use(
    '/graphql',
    requireIdentity(options.identity),
    countRequestStatements,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const requestId = requestIdFrom(req.headers['x-request-id']);
        const viewer = (req as IdentifiedRequest).viewer!;
        const em = orm.em.fork() as EntityManager;
        return withRequestLogger({ em, loaders: options.createLoaders(em), viewer, requestId }, logger, { requestId, role: viewer.role });
      },
    }),
  );
  if (options.files) {
    app.use(
      '/files',
      requireIdentity(options.identity),
      attachFileContext(orm, logger, options.createLoaders, (req) => (req as IdentifiedRequest).viewer!),
      options.files,
      fileErrorHandler(logger),
    );
  }
  app.use(notFound);
  app.use(createErrorHandler(logger));
  return { app, apollo, stop: () => apollo.stop() };
}
