import type { JWK } from 'jose';
import { z } from 'zod';
import { ed25519JwkSchema } from './identity';

/** Thrown when the environment does not describe a usable configuration; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses `env` with a zod object schema whose keys are environment variable names. Every problem is
 * reported at once, each naming its variable; values are never echoed (they may be secrets).
 */
export function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
  );
}

/** A whole number within [min, max], given as a string; says "is required" when absent. */
export function integerSchema(min: number, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a whole number') })
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** A TCP port number given as a string. */
export const portSchema = integerSchema(1, 65535);

/** A boolean given as `true|false|1|0|yes|no`. */
export const booleanSchema = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

/** A PostgreSQL connection URL (`postgres://user:password@host:port/database`). */
export const postgresUrlSchema = z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') }).superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not a URL (expected postgres://user:password@host:port/database)' });
    return;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    ctx.addIssue({ code: 'custom', message: `scheme must be postgres:// or postgresql://, not ${url.protocol}//` });
  }
  if (!url.hostname) ctx.addIssue({ code: 'custom', message: 'has no host' });
  if (url.pathname.length <= 1) ctx.addIssue({ code: 'custom', message: 'names no database (…/database)' });
});

export const logLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

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
