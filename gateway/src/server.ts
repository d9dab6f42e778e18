import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createIdentitySigner, identityKeySet, PUBLIC_VIEWER, type Viewer } from '@maillage/access';
import {
  createArmor,
  createErrorHandler,
  createMetrics,
  GATEWAY_LIMITS,
  notFound,
  requestIdFrom,
  requestLogPlugin,
  UnauthenticatedError,
  type Logger,
} from '@maillage/service-runtime';
import cors from 'cors';
import express, { type Express, type Request, type RequestHandler } from 'express';
import { createAdmission } from './admission';
import { installApolloShortcuts } from './apollo-execution';
import { subgraphUrlVariable, type GatewayConfig } from './config';
import { RequestContext, type GatewayContext } from './context';
import { createSubgraphSender, SubgraphDataSource } from './data-source';
import { createGatewayFormatError } from './errors';
import { createFileForwarder } from './file-routes';
import { createIdeRouter } from './ide';
import { createCachedSigner } from './identity-cache';
import { createSubgraphHttp } from './subgraph-http';
import { createSupergraphSource, type SupergraphStatus } from './supergraph-source';
import { checkSubgraphs, type SubgraphRoute } from './subgraphs';
import { createUserTokenVerifier, type UserTokenVerifier } from './user-token';

interface AuthenticatedRequest extends Request {
  viewer?: Viewer;
}

/**
 * Verifies the user's token before anything else: no token is the public caller; a token that does not
 * verify is refused outright (401) rather than downgraded to public, so a client learns its token is bad.
 */
function authenticate(users: UserTokenVerifier): RequestHandler {
  return (req, res, next) => {
    users.viewerFor(req.headers.authorization).then(
      (viewer) => {
        (req as AuthenticatedRequest).viewer = viewer;
        next();
      },
      (error: unknown) => {
        const message = error instanceof UnauthenticatedError ? error.message : 'the token is invalid or expired';
        res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
      },
    );
  };
}

export interface GatewayServer {
  app: Express;
  /** The subgraphs of the supergraph being served (it may change: see `supergraph`). */
  subgraphs(): SubgraphRoute[];
  /** The supergraph being served: hash, load time, last refused candidate. */
  supergraph(): SupergraphStatus;
  stop(): Promise<void>;
}

/**
 * Apollo's gateway reports usage and host metrics to Apollo unless told not to. A hub that carries personal
 * data never phones home: this is not configurable.
 */
function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  delete process.env.APOLLO_KEY;
  delete process.env.APOLLO_GRAPH_REF;
}

/**
 * Builds the gateway application over the supergraph (a file, watched, or a URL, polled: a new valid one is
 * served without a restart). Does not listen.
 */
export async function createGatewayServer(config: GatewayConfig, logger: Logger): Promise<GatewayServer> {
  disableApolloTelemetry();
  const shortcuts = installApolloShortcuts(config.apolloShortcuts);
  if (!shortcuts.installed && config.apolloShortcuts) logger.warn({ reason: shortcuts.reason }, 'Apollo gateway served without its shortcuts');
  const signer = createCachedSigner(await createIdentitySigner(config.auth.internalSigningKey));
  const subgraphHttp = createSubgraphHttp(config.subgraphHttp);
  const metrics = createMetrics('gateway');
  const supergraph = createSupergraphSource({
    ...config.supergraph,
    overrides: config.subgraphUrls,
    logger: logger.child({ module: 'supergraph' }),
    // Keep-alive connections to a subgraph the new supergraph no longer names are closed.
    onLoaded: (subgraphs) => subgraphHttp.retain(subgraphs.map((subgraph) => subgraph.url)),
  });

  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.hook,
    logger: logger.child({ module: 'apollo-gateway' }),
    // Called for each subgraph of each new supergraph (a new one included): the environment's URL wins. Every
    // subgraph has one or the other: the supergraph source refuses a supergraph without a routing URL.
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        signer,
        config.subgraphUrls[subgraphUrlVariable(name)] ?? url!,
        createSubgraphSender(name, config.subgraphDeadlines, metrics.subgraphFetch, subgraphHttp.send),
      ),
  });
  const armor = createArmor(GATEWAY_LIMITS, { hideSchema: !config.introspection });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: logger.child({ module: 'apollo-server' }),
    introspection: config.introspection,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    // One operation per request: HTTP batching would multiply every limit below.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Shutdown is ours (stopOnSignals): HTTP first, then Apollo, then the database pool.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createGatewayFormatError(logger),
    plugins: [
      ...armor.plugins,
      metrics.plugin,
      requestLogPlugin(logger),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // No ETag: Express hashes every answer it sends to compute one, and the gateway's answers are GraphQL
  // results to POSTs, never asked for again with If-None-Match (about 1 % of the gateway's CPU, issue 21).
  app.set('etag', false);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/metrics', metrics.handler);
  // The public keys subgraphs verify internal identities with (a partner on another host fetches them).
  const keySet = await identityKeySet(config.auth.internalSigningKey, config.auth.previousPublicKeys);
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.set('cache-control', 'public, max-age=300').type('application/jwk-set+json').send(JSON.stringify(keySet));
  });
  // Ready once the supergraph is loaded; a subgraph that is down is reported, not a reason to refuse traffic.
  app.get('/ready', async (_req, res) => {
    const { subgraphs, ...served } = supergraph.status();
    res.json({ status: 'ready', service: 'gateway', supergraph: served, subgraphs: await checkSubgraphs(subgraphs) });
  });
  if (config.ide) app.use(createIdeRouter('/graphql'));
  const users = createUserTokenVerifier(config.auth);
  // Before the token and the body: a request waiting for a place costs a socket, nothing else. With no limit
  // (the default) nothing is installed: the hot path does not pay for a count it would never use.
  const admission: RequestHandler[] = config.admission.maxOperations > 0 ? [createAdmission(config.admission, metrics.registry)] : [];
  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins, methods: ['GET', 'POST'], maxAge: 600 }),
    ...admission,
    authenticate(users),
    express.json({ limit: config.http.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GatewayContext> => {
        const requestId = requestIdFrom(req.headers['x-request-id']);
        const viewer = (req as AuthenticatedRequest).viewer ?? PUBLIC_VIEWER;
        return new RequestContext(requestId, viewer, logger);
      },
    }),
  );
  // Files (exports, uploaded spreadsheets, PDFs) of a subgraph, streamed with the same signed identity.
  app.use(
    '/files',
    cors({ origin: config.corsOrigins, methods: ['GET', 'POST'], maxAge: 600, exposedHeaders: ['content-disposition'] }),
    authenticate(users),
    createFileForwarder({
      routeOf: (name) => supergraph.routeOf(name),
      signer,
      timeoutMs: config.files.timeoutMs,
      maxUploadBytes: config.files.maxUploadBytes,
      logger: logger.child({ module: 'files' }),
      viewerOf: (req) => (req as AuthenticatedRequest).viewer,
    }),
  );
  app.use(notFound);
  app.use(createErrorHandler(logger));
  return {
    app,
    subgraphs: () => supergraph.status().subgraphs,
    supergraph: () => supergraph.status(),
    stop: async () => {
      await apollo.stop();
      subgraphHttp.close();
    },
  };
}
