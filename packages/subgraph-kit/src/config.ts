import {
  booleanSchema,
  ConfigError,
  ed25519PublicKeysSchema,
  integerSchema,
  logLevelSchema,
  parseEnv,
  portSchema,
  postgresUrlSchema,
} from '@maillage/service-runtime';
import type { JWK } from 'jose';
import { z } from 'zod';

export { ConfigError };

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
  /**
   * Send SQL with bound parameters, and frequent statements as named prepared statements (the default). Off
   * behind a connection pooler that cannot keep prepared statements (PgBouncer in transaction mode before 1.21,
   * or without `max_prepared_statements`): statements are then sent with their values inlined.
   */
  DB_PREPARED_STATEMENTS: booleanSchema.default(true),
  /**
   * Apply pending migrations at start-up (the default). Off where a migration job runs them before a rollout
   * (Kubernetes): the process then only waits, not ready, until its migrations are applied, and tolerates
   * newer ones — the expand steps of the next version, applied while this one still serves.
   */
  DB_MIGRATE: booleanSchema.default(true),
  LOG_LEVEL: logLevelSchema.default('info'),
  SHUTDOWN_GRACE_MS: integerSchema(0, 600_000).default(10_000),
  /**
   * The gateway's public key(s) (JWK, array or set; two during a rotation): every call must carry an internal
   * identity it signed. Or, for a subgraph on another host, `AUTH_GATEWAY_JWKS_URL`: exactly one of the two.
   */
  AUTH_GATEWAY_PUBLIC_KEY: ed25519PublicKeysSchema.optional(),
  /** The gateway's published key set (`https://<gateway>/.well-known/jwks.json`), fetched and cached. */
  AUTH_GATEWAY_JWKS_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  /** The key set is fetched again this often (a key withdrawn after a rotation stops being accepted then). */
  AUTH_GATEWAY_JWKS_REFRESH_MS: integerSchema(1000, 86_400_000).default(300_000),
  /** A token signed with an unknown key fetches the set at once, but not more often than this. */
  AUTH_GATEWAY_JWKS_COOLDOWN_MS: integerSchema(0, 3_600_000).default(10_000),
});

/** Exactly one source of the gateway's keys, read from the raw environment: null when it holds. */
function keySourceProblem(env: NodeJS.ProcessEnv): string | null {
  const given = ['AUTH_GATEWAY_PUBLIC_KEY', 'AUTH_GATEWAY_JWKS_URL'].filter((key) => env[key] !== undefined);
  if (given.length === 1) return null;
  return given.length === 0
    ? "AUTH_GATEWAY_PUBLIC_KEY: is required (or AUTH_GATEWAY_JWKS_URL, the gateway's key set)"
    : 'AUTH_GATEWAY_PUBLIC_KEY: set it or AUTH_GATEWAY_JWKS_URL, not both';
}

/** `parseEnv`, with the key-source problem reported along with the others, at once. */
function parseSubgraphEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const problem = keySourceProblem(env);
  let parsed: z.infer<T>;
  try {
    parsed = parseEnv(schema, env);
  } catch (error) {
    if (error instanceof ConfigError && problem) throw new ConfigError([...error.problems, problem]);
    throw error;
  }
  if (problem) throw new ConfigError([problem]);
  return parsed;
}

/** Where a subgraph finds the gateway's public keys: given, or fetched from its JWKS URL. */
export type GatewayKeysConfig = { gatewayPublicKey: JWK | JWK[] } | { gatewayJwks: { url: string; refreshMs: number; cooldownMs: number } };

/** The parsed configuration of a subgraph, as a nested camelCase object. */
export interface SubgraphConfig {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number };
  /** `migrate` false: migrations are applied by a job (`main.js --migrate-only`), not at start-up (default true). */
  db: { url: string; poolMax: number; seedDemo: boolean; debug: boolean; migrate?: boolean; preparedStatements?: boolean };
  log: { level: z.infer<typeof logLevelSchema> };
  shutdownGraceMs: number;
  auth: GatewayKeysConfig;
}

/** Maps the parsed environment to the nested configuration object. */
export function toSubgraphConfig(env: z.infer<typeof subgraphEnvSchema>): SubgraphConfig {
  return {
    env: env.NODE_ENV,
    http: { host: env.HTTP_HOST, port: env.HTTP_PORT },
    db: { url: env.DB_URL, poolMax: env.DB_POOL_MAX, seedDemo: env.DB_SEED_DEMO, debug: env.DB_DEBUG, migrate: env.DB_MIGRATE, preparedStatements: env.DB_PREPARED_STATEMENTS },
    log: { level: env.LOG_LEVEL },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    auth: env.AUTH_GATEWAY_JWKS_URL
      ? { gatewayJwks: { url: env.AUTH_GATEWAY_JWKS_URL, refreshMs: env.AUTH_GATEWAY_JWKS_REFRESH_MS, cooldownMs: env.AUTH_GATEWAY_JWKS_COOLDOWN_MS } }
      : { gatewayPublicKey: env.AUTH_GATEWAY_PUBLIC_KEY! },
  };
}

/** Reads a subgraph's configuration from `env` (default: `process.env`). */
export function loadSubgraphConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return toSubgraphConfig(parseSubgraphEnv(subgraphEnvSchema, env));
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
  const parsed = parseSubgraphEnv(subgraphEnvSchema.extend(own.env), env) as z.infer<typeof subgraphEnvSchema> & Record<string, unknown>;
  return { config: toSubgraphConfig(parsed), own: own.read(parsed) };
}
