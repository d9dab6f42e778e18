import { join } from 'node:path';
import { createDatabase, startEmbeddedPostgres, withDatabaseName, type PostgresServer } from '@maillage/postgres';
import { generateIdentityKeyPair } from '@maillage/subgraph-kit';
import { ROOT_DIR, type StackConfig } from './config';
import { startDevIssuer, type DevIssuer } from './dev-issuer';
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
}

export interface RunningStack {
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
  /** Gateway first, then subgraphs, then PostgreSQL. */
  stop(): Promise<void>;
}

/** Everything `npm start` runs: PostgreSQL, one database per subgraph, the subgraphs, the gateway. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { config } = options;
  const progress = options.onProgress ?? (() => undefined);
  const onLine = options.onLine ?? (() => undefined);
  const services: ServiceProcess[] = [];
  const databaseUrls: Record<string, string> = {};
  let postgres: PostgresServer | undefined;

  let issuer: DevIssuer | undefined;
  const stop = async () => {
    for (const service of [...services].reverse()) await stopService(service);
    await issuer?.stop();
    await postgres?.stop();
  };

  try {
    let adminUrl = config.adminUrl;
    const everyUrlGiven = config.subgraphs.every((subgraph) => subgraph.databaseUrl);
    if (!adminUrl && !everyUrlGiven) {
      progress(`starting PostgreSQL (embedded) on 127.0.0.1:${config.embedded.port}, data in ${config.embedded.dataDir}`);
      postgres = await startEmbeddedPostgres({ ...config.embedded, fresh: options.fresh });
      adminUrl = postgres.adminUrl;
    }
    for (const subgraph of config.subgraphs) {
      if (subgraph.databaseUrl) {
        databaseUrls[subgraph.name] = subgraph.databaseUrl;
      } else {
        const name = `${config.databasePrefix}_${subgraph.name.replace(/[^a-z0-9]/g, '_')}`;
        await createDatabase(adminUrl!, name);
        databaseUrls[subgraph.name] = withDatabaseName(adminUrl!, name);
      }
    }

    const baseEnv = { PATH: process.env.PATH, NODE_ENV: 'development', LOG_LEVEL: config.logLevel, ...options.env };
    // A key pair per run: the gateway signs internal identities, the subgraphs verify them.
    const keys = await generateIdentityKeyPair();
    const subgraphUrls: Record<string, string> = {};
    for (const subgraph of config.subgraphs) {
      const service = spawnService(subgraph.name, join(ROOT_DIR, subgraph.package, 'dist/main.js'), {
        ...baseEnv,
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: String(subgraph.port),
        DB_URL: databaseUrls[subgraph.name],
        DB_SEED_DEMO: 'true',
        AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(keys.publicJwk),
      }, onLine);
      services.push(service);
      subgraphUrls[subgraph.name] = `http://127.0.0.1:${subgraph.port}/graphql`;
    }
    progress(`starting ${config.subgraphs.map((s) => s.name).join(', ')} (migrations, demo data)`);
    await Promise.all(
      config.subgraphs.map((subgraph, index) =>
        waitUntilReady(services[index]!, `http://127.0.0.1:${subgraph.port}/ready`),
      ),
    );

    issuer = await startDevIssuer(config.issuer.keyFile, config.issuer.port);
    const gatewayEnv: NodeJS.ProcessEnv = {
      ...baseEnv,
      AUTH_JWKS_URL: issuer.jwksUrl,
      AUTH_ISSUER: issuer.issuer,
      AUTH_AUDIENCE: issuer.audience,
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: String(config.gatewayPort),
      AUTH_INTERNAL_SIGNING_KEY: JSON.stringify(keys.privateJwk),
    };
    for (const [name, url] of Object.entries(subgraphUrls)) {
      gatewayEnv[`SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`] = url;
    }
    const gateway = spawnService('gateway', join(ROOT_DIR, 'gateway/dist/main.js'), gatewayEnv, onLine);
    services.push(gateway);
    await waitUntilReady(gateway, `http://127.0.0.1:${config.gatewayPort}/health`);

    return {
      gatewayUrl: `http://localhost:${config.gatewayPort}/graphql`,
      ideUrl: `http://localhost:${config.gatewayPort}/ide`,
      subgraphUrls,
      databaseUrls,
      issuer,
      postgres,
      services,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
