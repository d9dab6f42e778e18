import {
  booleanSchema,
  ed25519JwkSchema,
  integerSchema,
  logLevelSchema,
  parseEnv,
  portSchema,
  postgresUrlSchema,
} from '@maillage/service-runtime';
import type { JWK } from 'jose';
import { z } from 'zod';

export { ConfigError } from '@maillage/service-runtime';

/**
 * The environment every subgraph reads. A subgraph's own `config.ts` extends it with its variables.
 * There is no default for `DB_URL`: a database address may carry a password.
 */
export const subgraphEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  HTTP_PORT: portSchema,
  DB_URL: postgresUrlSchema,
  DB_POOL_MAX: integerSchema(1, 200).default(10),
  DB_SEED_DEMO: booleanSchema.default(false),
  DB_DEBUG: booleanSchema.default(false),
  LOG_LEVEL: logLevelSchema.default('info'),
  SHUTDOWN_GRACE_MS: integerSchema(0, 600_000).default(10_000),
  /** The gateway's public key: every call must carry an internal identity it signed. */
  AUTH_GATEWAY_PUBLIC_KEY: ed25519JwkSchema('public'),
});

/** The parsed configuration of a subgraph, as a nested camelCase object. */
export interface SubgraphConfig {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number };
  db: { url: string; poolMax: number; seedDemo: boolean; debug: boolean };
  log: { level: z.infer<typeof logLevelSchema> };
  shutdownGraceMs: number;
  auth: { gatewayPublicKey: JWK };
}

/** Maps the parsed environment to the nested configuration object. */
export function toSubgraphConfig(env: z.infer<typeof subgraphEnvSchema>): SubgraphConfig {
  return {
    env: env.NODE_ENV,
    http: { host: env.HTTP_HOST, port: env.HTTP_PORT },
    db: { url: env.DB_URL, poolMax: env.DB_POOL_MAX, seedDemo: env.DB_SEED_DEMO, debug: env.DB_DEBUG },
    log: { level: env.LOG_LEVEL },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    auth: { gatewayPublicKey: env.AUTH_GATEWAY_PUBLIC_KEY },
  };
}

/** Reads a subgraph's configuration from `env` (default: `process.env`). */
export function loadSubgraphConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return toSubgraphConfig(parseEnv(subgraphEnvSchema, env));
}

/**
 * A subgraph's own environment variables (the hook of `runSubgraph`): parsed together with the common ones,
 * so that every problem is reported at once, then mapped to the subgraph's own configuration section.
 */
export interface OwnConfig<T> {
  /** zod schemas keyed by variable name; prefix them with the subgraph's concern (`DIRECTORY_…`). */
  env: z.ZodRawShape;
  /** The subgraph's configuration section, from the parsed variables. */
  read(env: Record<string, unknown>): T;
}

/** Reads the common configuration and a subgraph's own (default: `process.env`). */
export function loadSubgraphConfigWith<T>(own: OwnConfig<T>, env: NodeJS.ProcessEnv = process.env): { config: SubgraphConfig; own: T } {
  const parsed = parseEnv(subgraphEnvSchema.extend(own.env), env) as z.infer<typeof subgraphEnvSchema> & Record<string, unknown>;
  return { config: toSubgraphConfig(parsed), own: own.read(parsed) };
}
