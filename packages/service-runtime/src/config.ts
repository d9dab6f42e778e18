import type { JWK } from 'jose';
import { z } from 'zod';

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

/** pino's levels, plus `silent`. */
export const logLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** An Ed25519 key in JWK form, given as a JSON string (one line fits an environment variable). */
export const ed25519JwkSchema = (kind: 'public' | 'private') =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a JSON string') })
    .transform((value, ctx) => {
      try {
        const jwk = JSON.parse(value) as JWK;
        if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error();
        if (kind === 'private' && typeof jwk.d !== 'string') throw new Error();
        if (kind === 'public' && jwk.d !== undefined) throw new Error();
        return jwk;
      } catch {
        ctx.addIssue({ code: 'custom', message: `must be an Ed25519 ${kind} key as a JWK JSON object (kty OKP, crv Ed25519${kind === 'private' ? ', with d' : ', without d'})` });
        return z.NEVER;
      }
    });

const isEd25519Public = (jwk: JWK) => jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string' && jwk.d === undefined;

/**
 * One Ed25519 public key or several (during a key rotation), as a JSON string: a JWK object, an array of
 * JWKs, or a key set `{ "keys": [...] }`. Parsed to a JWK when one object is given, else to an array.
 */
export const ed25519PublicKeysSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a JSON string') })
  .transform((value, ctx) => {
    try {
      const parsed = JSON.parse(value) as JWK | JWK[] | { keys: JWK[] };
      const keys = Array.isArray(parsed) ? parsed : 'keys' in parsed ? parsed.keys : [parsed];
      if (!Array.isArray(keys) || keys.length === 0 || !keys.every(isEd25519Public)) throw new Error();
      return Array.isArray(parsed) || 'keys' in parsed ? keys : (parsed as JWK);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be Ed25519 public keys as JSON: a JWK object, an array of them or {"keys":[…]} (kty OKP, crv Ed25519, without d)' });
      return z.NEVER;
    }
  });
