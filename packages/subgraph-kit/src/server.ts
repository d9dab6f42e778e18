import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { PUBLIC_VIEWER, requestIdFrom, type RequestContext, type Viewer } from './context';
import { createFormatError } from './errors';
import { createErrorHandler, notFound } from './http-errors';
import { isDatabaseReady } from './orm';

export interface CreateSubgraphServerOptions<Loaders> {
  /** Public name of the subgraph, as in the supergraph (`contracts`…). */
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  logger: Logger;
  createLoaders: (em: EntityManager) => Loaders;
  /** Establishes who calls; until [Identity] lands every caller is public. */
  resolveViewer?: (headers: Record<string, string | string[] | undefined>) => Promise<Viewer>;
}

export interface SubgraphServer {
  app: Express;
  apollo: ApolloServer<RequestContext>;
  /** Stops Apollo (in-flight operations finish first). */
  stop(): Promise<void>;
}

/**
 * Builds a subgraph's HTTP application: `POST /graphql`, `GET /health` (process alive) and `GET /ready`
 * (database reachable, migrations applied). Does not listen: `main.ts` and the tests do.
 */
export async function createSubgraphServer<Loaders>(
  options: CreateSubgraphServerOptions<Loaders>,
): Promise<SubgraphServer> {
  const { logger, orm } = options;
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    // Subgraphs sit behind the gateway: no landing page, no timing traces for it (they would reveal
    // internals to whoever calls the subgraph), and never a stack trace in a response.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    introspection: true,
    // Shutdown is ours (stopOnSignals): HTTP first, then Apollo, then the database pool.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await isDatabaseReady(orm);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', service: options.name });
  });
  const resolveViewer = options.resolveViewer ?? (async () => PUBLIC_VIEWER);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const requestId = requestIdFrom(req.headers['x-request-id']);
        const viewer = await resolveViewer(req.headers);
        const em = orm.em.fork() as EntityManager;
        return {
          em,
          loaders: options.createLoaders(em),
          viewer,
          requestId,
          logger: logger.child({ requestId, role: viewer.role }),
        };
      },
    }),
  );
  app.use(notFound);
  app.use(createErrorHandler(logger));
  return { app, apollo, stop: () => apollo.stop() };
}
