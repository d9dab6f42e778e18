import { join } from 'node:path';
import { createDatabase, startEmbeddedPostgres, withDatabaseName, type PostgresServer } from '@maillage/postgres';
import { createIdentitySigner, generateIdentityKeyPair, type Viewer } from '@maillage/subgraph-kit';
import type { JWK } from 'jose';
import { ROOT_DIR, variable, type StackConfig } from './config';
import { createTokenMinter, DEV_AUDIENCE, DEV_PORTAL_CLIENT_ID, devIssuerUrl, startDevIssuer, type DevIssuer } from './dev-issuer';
import { spawnService, stopService, waitUntilReady, type ServiceProcess } from './process';

export interface StackOptions {
  config: StackConfig;
  /** Wipe the embedded cluster and start over. */
  fresh?: boolean;
  /** Receives each log line of each service. */
  onLine?: (service: string, line: string) => void;
  /** Progress messages for the person at the terminal. */
  onProgress?: (message: string) => void;
  /** Extra environment for every service (tests pass NODE_ENV, timeouts…). */
  env?: NodeJS.ProcessEnv;
  /** Extra environment for the gateway alone, applied last (tests reroute a subgraph through a proxy). */
  gatewayEnv?: NodeJS.ProcessEnv;
  /**
   * Also serve the portal (`portal/dist`) on `config.portalPort`, with the development issuer run as a real
   * OpenID Connect provider (`oidc-main.ts`) whose sign-in page lists the demo accounts. `npm start` does.
   */
  portal?: boolean;
  /** Extra environment for the OpenID Connect provider (tests shorten the access tokens' life). */
  oidcEnv?: NodeJS.ProcessEnv;
  /**
   * How subgraphs get the gateway's public key: given in their environment (`file`, the default), or
   * fetched from the gateway's `/.well-known/jwks.json` (`jwks`), as a partner on another host does.
   */
  subgraphKeys?: 'file' | 'jwks';
  /** Node flags of every service, before its script (none by default; the bench compares V8's flags with them). */
  nodeFlags?: readonly string[];
}

export interface RunningStack {
  /** The portal's URL, when the stack serves it. */
  portalUrl?: string;
  gatewayUrl: string;
  ideUrl: string;
  subgraphUrls: Record<string, string>;
  /** Database URL of each subgraph. */
  databaseUrls: Record<string, string>;
  /** The development token issuer (mint tokens for any role). */
  issuer: DevIssuer;
  /** Embedded server, if one was started. */
  postgres?: PostgresServer;
  services: ServiceProcess[];
  /** Signs an internal identity as the gateway would (to call a subgraph directly, as tests do). */
  signInternal(viewer: Viewer, subgraph: string): Promise<string>;
  /**
   * Stops a service if it runs, starts it again with the same settings — changed by `env` when given (a
   * variable set to undefined is removed; the change is kept for later restarts) — and waits until it is ready.
   */
  restartService(name: string, env?: NodeJS.ProcessEnv): Promise<void>;
  /** Gateway first, then subgraphs, then PostgreSQL. */
  stop(): Promise<void>;
}

interface ServiceSpec {
  script: string;
  env: NodeJS.ProcessEnv;
  readyUrl: string;
}

/** The services of a stack: launched by name, relaunched with the same settings. */
class Services {
  readonly list: ServiceProcess[] = [];
  private readonly specs = new Map<string, ServiceSpec>();

  constructor(
    private readonly onLine: (service: string, line: string) => void,
    private readonly nodeFlags: readonly string[] = [],
  ) {}

  launch(name: string, spec: ServiceSpec): ServiceProcess {
    this.specs.set(name, spec);
    const service = spawnService(name, spec.script, spec.env, this.onLine, this.nodeFlags);
    const index = this.list.findIndex((existing) => existing.name === name);
    if (index >= 0) this.list[index] = service;
    else this.list.push(service);
    return service;
  }

  /** Waits until every service launched so far answers its readiness URL. */
  waitUntilAllReady(): Promise<void[]> {
    return Promise.all(this.list.map((service) => waitUntilReady(service, this.specs.get(service.name)!.readyUrl)));
  }

  async restart(name: string, env?: NodeJS.ProcessEnv): Promise<void> {
    const known = this.specs.get(name);
    if (!known) throw new Error(`no service named ${name}`);
    const changed = { ...known.env, ...env };
    for (const key of Object.keys(changed)) if (changed[key] === undefined) delete changed[key];
    const spec = { ...known, env: changed };
    const running = this.list.find((service) => service.name === name);
    if (running) await stopService(running);
    await waitUntilReady(this.launch(name, spec), spec.readyUrl);
  }

  /** In the reverse order of their launch: the gateway first. */
  async stopAll(): Promise<void> {
    for (const service of [...this.list].reverse()) await stopService(service);
  }
}

/**
 * One database per subgraph: the URL the environment gives, or a database created on the admin server —
 * an embedded PostgreSQL started for the purpose when there is neither.
 */
async function prepareDatabases(
  options: StackOptions,
  progress: (message: string) => void,
  started: (postgres: PostgresServer) => void,
): Promise<Record<string, string>> {
  const { config } = options;
  const databaseUrls: Record<string, string> = {};
  let adminUrl = config.adminUrl;
  const everyUrlGiven = config.subgraphs.every((subgraph) => subgraph.databaseUrl);
  if (!adminUrl && !everyUrlGiven) {
    progress(`starting PostgreSQL (embedded) on 127.0.0.1:${config.embedded.port}, data in ${config.embedded.dataDir}`);
    const postgres = await startEmbeddedPostgres({ ...config.embedded, fresh: options.fresh });
    started(postgres);
    adminUrl = postgres.adminUrl;
  }
  for (const subgraph of config.subgraphs) {
    if (subgraph.databaseUrl) {
      databaseUrls[subgraph.name] = subgraph.databaseUrl;
    } else {
      const name = `${config.databasePrefix}_${subgraph.name.replace(/[^a-z0-9]/g, '_')}`;
      await createDatabase(adminUrl!, name, { template: config.databaseTemplates?.[subgraph.name] });
      databaseUrls[subgraph.name] = withDatabaseName(adminUrl!, name);
    }
  }
  return databaseUrls;
}

/**
 * Launches every subgraph on its database, trusting the run's gateway key (given, or fetched from the
 * gateway's JWKS URL); returns their URLs.
 */
function launchSubgraphs(
  services: Services,
  options: StackOptions,
  baseEnv: NodeJS.ProcessEnv,
  databaseUrls: Record<string, string>,
  publicJwk: JWK,
): Record<string, string> {
  const { config } = options;
  const keys = options.subgraphKeys === 'jwks'
    ? { AUTH_GATEWAY_JWKS_URL: `http://127.0.0.1:${config.gatewayPort}/.well-known/jwks.json` }
    : { AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(publicJwk) };
  const subgraphUrls: Record<string, string> = {};
  for (const subgraph of config.subgraphs) {
    services.launch(subgraph.name, {
      script: join(ROOT_DIR, subgraph.package, 'dist/main.js'),
      env: {
        ...baseEnv,
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: String(subgraph.port),
        DB_URL: databaseUrls[subgraph.name],
        DB_SEED_DEMO: 'true',
        ...keys,
      },
      readyUrl: `http://127.0.0.1:${subgraph.port}/ready`,
    });
    subgraphUrls[subgraph.name] = `http://127.0.0.1:${subgraph.port}/graphql`;
  }
  return subgraphUrls;
}

/** The gateway's environment: the issuer's keys, the run's signing key, every subgraph's URL, then the overrides. */
function gatewayEnvOf(
  options: StackOptions,
  baseEnv: NodeJS.ProcessEnv,
  issuer: DevIssuer,
  privateJwk: JWK,
  subgraphUrls: Record<string, string>,
): NodeJS.ProcessEnv {
  const gatewayEnv: NodeJS.ProcessEnv = {
    ...baseEnv,
    AUTH_JWKS_URL: issuer.jwksUrl,
    AUTH_ISSUER: issuer.issuer,
    AUTH_AUDIENCE: issuer.audience,
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_PORT: String(options.config.gatewayPort),
    AUTH_INTERNAL_SIGNING_KEY: JSON.stringify(privateJwk),
  };
  for (const [name, url] of Object.entries(subgraphUrls)) {
    gatewayEnv[variable('SUBGRAPH', name, 'URL')] = url;
  }
  Object.assign(gatewayEnv, options.gatewayEnv);
  return gatewayEnv;
}

/**
 * The development issuer as a real OpenID Connect provider (`oidc-main.ts`, its own process: oidc-provider is
 * ESM-only), with the same key, issuer URL and JWKS path as the in-process issuer, so `npm run token` and
 * the gateway's verification are unchanged.
 */
async function startOidcProvider(services: Services, options: StackOptions, portalUrl: string): Promise<DevIssuer> {
  const { config } = options;
  const minter = await createTokenMinter(config.issuer.keyFile, devIssuerUrl(config.issuer.port));
  const spec = {
    script: join(__dirname, 'oidc-main.js'),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      OIDC_PORT: String(config.issuer.port),
      OIDC_ISSUER: devIssuerUrl(config.issuer.port),
      OIDC_KEY_FILE: config.issuer.keyFile,
      OIDC_PORTAL_URLS: `${portalUrl},http://127.0.0.1:${config.portalPort}`,
      OIDC_CLIENT_ID: DEV_PORTAL_CLIENT_ID,
      ...options.oidcEnv,
    },
    readyUrl: `http://127.0.0.1:${config.issuer.port}/health`,
  };
  await waitUntilReady(services.launch('oidc', spec), spec.readyUrl);
  return {
    issuer: devIssuerUrl(config.issuer.port),
    jwksUrl: `http://127.0.0.1:${config.issuer.port}/.well-known/jwks.json`,
    audience: DEV_AUDIENCE,
    mint: minter.mint,
    stop: async () => undefined,
  };
}

/** The portal's process: the single-page app and `/graphql` forwarded to the gateway, on one origin. */
async function launchPortal(services: Services, config: StackConfig, baseEnv: NodeJS.ProcessEnv): Promise<void> {
  const spec = {
    script: join(ROOT_DIR, 'portal/dist/main.js'),
    env: {
      ...baseEnv,
      PORTAL_HOST: '127.0.0.1',
      PORTAL_PORT: String(config.portalPort),
      PORTAL_GATEWAY_URL: `http://127.0.0.1:${config.gatewayPort}/graphql`,
      PORTAL_OIDC_ISSUER: devIssuerUrl(config.issuer.port),
      PORTAL_OIDC_CLIENT_ID: DEV_PORTAL_CLIENT_ID,
      PORTAL_OIDC_SCOPE: 'openid profile api',
    },
    readyUrl: `http://127.0.0.1:${config.portalPort}/health`,
  };
  await waitUntilReady(services.launch('portal', spec), spec.readyUrl);
}

/** Everything `npm start` runs: PostgreSQL, one database per subgraph, the subgraphs, the gateway. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { config } = options;
  const progress = options.onProgress ?? (() => undefined);
  const services = new Services(options.onLine ?? (() => undefined), options.nodeFlags);
  let postgres: PostgresServer | undefined;
  let issuer: DevIssuer | undefined;
  const stop = async () => {
    await services.stopAll();
    await issuer?.stop();
    await postgres?.stop();
  };

  try {
    const databaseUrls = await prepareDatabases(options, progress, (started) => (postgres = started));
    const baseEnv = { PATH: process.env.PATH, NODE_ENV: 'development', LOG_LEVEL: config.logLevel, ...options.env };
    // A key pair per run: the gateway signs internal identities, the subgraphs verify them.
    const keys = await generateIdentityKeyPair();
    const subgraphUrls = launchSubgraphs(services, options, baseEnv, databaseUrls, keys.publicJwk);
    progress(`starting ${config.subgraphs.map((s) => s.name).join(', ')} (migrations, demo data)`);
    await services.waitUntilAllReady();

    const portalUrl = `http://localhost:${config.portalPort}`;
    issuer = options.portal
      ? await startOidcProvider(services, options, portalUrl)
      : await startDevIssuer(config.issuer.keyFile, config.issuer.port);
    const gatewaySpec = {
      script: join(ROOT_DIR, 'gateway/dist/main.js'),
      env: gatewayEnvOf(options, baseEnv, issuer, keys.privateJwk, subgraphUrls),
      readyUrl: `http://127.0.0.1:${config.gatewayPort}/health`,
    };
    await waitUntilReady(services.launch('gateway', gatewaySpec), gatewaySpec.readyUrl);
    if (options.portal) await launchPortal(services, config, baseEnv);

    return {
      portalUrl: options.portal ? `${portalUrl}/` : undefined,
      gatewayUrl: `http://localhost:${config.gatewayPort}/graphql`,
      ideUrl: `http://localhost:${config.gatewayPort}/ide`,
      subgraphUrls,
      databaseUrls,
      issuer,
      postgres,
      services: services.list,
      signInternal: async (viewer, subgraph) => (await createIdentitySigner(keys.privateJwk)).sign(viewer, subgraph),
      restartService: (name, env) => services.restart(name, env),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
