import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStackConfig, localSubgraphs, startStack, variable, type RunningStack } from '@maillage/dev-stack';
import { dropDatabase } from '@maillage/postgres';
import type { Viewer } from '@maillage/subgraph-kit';
import { testAdminUrl } from './database';
import { postGraphQL, type GraphQLResponse } from './http';
import { freePort } from './ports';
import { testTemplates } from './templates';

export interface TestStack extends RunningStack {
  /**
   * Runs an operation through the gateway as `viewer` (a token minted by the stack's issuer), with a raw
   * `token`, or as the public caller when neither is given.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { viewer?: Viewer; token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>;
}

/**
 * The whole hub as `npm start` runs it — every subgraph its own process with its own fresh database, the
 * gateway, the development token issuer — on free ports, against the test run's PostgreSQL. `onLine`
 * receives every log line of every service (with `logLevel: 'debug'`, to check what the logs contain).
 */
export async function startTestStack(
  options: {
    env?: NodeJS.ProcessEnv;
    gatewayEnv?: NodeJS.ProcessEnv;
    logLevel?: string;
    /** Receives every log line of every service (for log assertions). */
    onLine?: (service: string, line: string) => void;
    /** Also serve the portal behind the development OpenID Connect provider (browser tests). */
    portal?: boolean;
    oidcEnv?: NodeJS.ProcessEnv;
    /** Subgraphs fetch the gateway's keys from its JWKS URL instead of being given the key. */
    subgraphKeys?: 'file' | 'jwks';
  } = {},
): Promise<TestStack> {
  const prefix = `t_stack_${randomBytes(3).toString('hex')}`;
  const env: NodeJS.ProcessEnv = {
    GATEWAY_PORT: String(await freePort()),
    AUTH_DEV_ISSUER_PORT: String(await freePort()),
    PORTAL_PORT: String(await freePort()),
    LOG_LEVEL: options.logLevel ?? process.env.TEST_LOG_LEVEL ?? 'silent',
  };
  // Every subgraph of the registry (schema/subgraphs.json), as the dev stack starts them: a free port each.
  for (const subgraph of localSubgraphs()) {
    env[variable('SUBGRAPH', subgraph.name, 'PORT')] = String(await freePort());
  }
  // Every database starts as a copy of the run's template of its subgraph (migrated, reference data loaded).
  const databaseTemplates = Object.fromEntries(Object.entries(testTemplates()).map(([name, template]) => [name, template.database]));
  const config = { ...loadStackConfig(env), adminUrl: testAdminUrl(), databasePrefix: prefix, databaseTemplates };
  config.issuer = { ...config.issuer, keyFile: join(tmpdir(), `${prefix}-issuer.json`) };
  const stack = await startStack({
    config,
    env: { NODE_ENV: 'development', ...options.env },
    gatewayEnv: options.gatewayEnv,
    onLine: options.onLine,
    portal: options.portal,
    oidcEnv: options.oidcEnv,
    subgraphKeys: options.subgraphKeys,
  });
  return {
    ...stack,
    query: async (query, variables, queryOptions = {}) => {
      const token = queryOptions.token ?? (queryOptions.viewer ? await stack.issuer.mint(queryOptions.viewer) : undefined);
      const headers: Record<string, string> = { ...queryOptions.headers };
      if (token) headers.authorization = `Bearer ${token}`;
      return postGraphQL(stack.gatewayUrl, query, variables, headers);
    },
    stop: async () => {
      await stack.stop();
      await rm(config.issuer.keyFile, { force: true });
      for (const subgraph of config.subgraphs) await dropDatabase(testAdminUrl(), `${prefix}_${subgraph.name}`);
    },
  };
}
