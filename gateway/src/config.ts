import { resolve } from 'node:path';
import { booleanSchema, ed25519JwkSchema, ed25519PublicKeysSchema, integerSchema, logLevelSchema, parseEnv, portSchema } from '@maillage/service-runtime';
import type { JWK } from 'jose';
import { z } from 'zod';

/** The gateway's environment. Subgraph URLs are `SUBGRAPH_<NAME>_URL`, one per subgraph of the supergraph. */
export const gatewayEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  GATEWAY_HOST: z.string().min(1).default('0.0.0.0'),
  GATEWAY_PORT: portSchema.default(4000),
  GATEWAY_SUPERGRAPH_PATH: z.string().min(1).default(resolve(__dirname, '../../schema/supergraph.graphql')),
  /** Reload the supergraph file when it changes (no restart); a file that does not load is refused. */
  GATEWAY_SUPERGRAPH_WATCH: booleanSchema.default(true),
  /** Quiet time after the last change to the file before it is read (a writer is done by then). */
  GATEWAY_SUPERGRAPH_DEBOUNCE_MS: integerSchema(0, 60_000).default(300),
  /** Fetch the supergraph from this URL (at start, then every GATEWAY_SUPERGRAPH_POLL_MS) instead of the file. */
  GATEWAY_SUPERGRAPH_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  GATEWAY_SUPERGRAPH_POLL_MS: integerSchema(100, 86_400_000).default(10_000),
  GATEWAY_SUBGRAPH_TIMEOUT_MS: integerSchema(100, 120_000).default(10_000),
  /**
   * Deadline of a subgraph call that writes (a mutation). Longer than a read's: abandoning a write does not
   * undo it, and a batch of 500 statement lines queued behind 63 others legitimately takes more than 10 s.
   */
  GATEWAY_SUBGRAPH_MUTATION_TIMEOUT_MS: integerSchema(100, 600_000).default(60_000),
  /** Keep-alive connections per subgraph; beyond, calls queue (a 2-core host gains nothing from more). */
  GATEWAY_SUBGRAPH_CONNECTIONS: integerSchema(1, 1024).default(32),
  /**
   * GraphQL operations executed at once; 0 (the default): no limit. Past it, requests wait their turn, before
   * their body is read: the work in flight, hence memory, stays bounded however many clients come. Off by
   * default: on 2 cores a limit added no throughput (bench size M, issue 21), since merging identical
   * in-flight subgraph calls gains from having more of them in flight.
   */
  GATEWAY_MAX_OPERATIONS: integerSchema(0, 100_000).default(0),
  /** Longest wait for a place among GATEWAY_MAX_OPERATIONS; past it, 503 and `OVERLOADED` (not executed). */
  GATEWAY_QUEUE_TIMEOUT_MS: integerSchema(100, 600_000).default(30_000),
  /** Requests that may wait for a place; one more is refused at once with `OVERLOADED`. */
  GATEWAY_MAX_QUEUED: integerSchema(0, 1_000_000).default(1_000),
  /** Merge identical in-flight subgraph queries of the same identity (never mutations). */
  GATEWAY_SUBGRAPH_DEDUP: booleanSchema.default(true),
  /**
   * Apollo's gateway with the operation built once per query and the answer shaped from a plan made once per
   * operation (`apollo-execution.ts`); false: Apollo's own code for every request.
   */
  GATEWAY_APOLLO_SHORTCUTS: booleanSchema.default(true),
  /** The offline GraphQL IDE at /ide; defaults to on in development only. */
  GATEWAY_IDE: booleanSchema.optional(),
  GATEWAY_MAX_BODY_BYTES: integerSchema(1024, 100_000_000).default(1_000_000),
  /** Deadline of a file exchange through `/files/<subgraph>/…` (exports, uploads, PDFs). */
  GATEWAY_FILE_TIMEOUT_MS: integerSchema(1000, 600_000).default(120_000),
  /** Largest file a client may send through `/files/<subgraph>/…` (the subgraph may set a lower limit). */
  GATEWAY_MAX_UPLOAD_BYTES: integerSchema(1024, 1_000_000_000).default(20_000_000),
  LOG_LEVEL: logLevelSchema.default('info'),
  SHUTDOWN_GRACE_MS: integerSchema(0, 600_000).default(10_000),
  /** Private Ed25519 key (JWK JSON) signing the internal identity sent to subgraphs. A secret: no default. */
  AUTH_INTERNAL_SIGNING_KEY: ed25519JwkSchema('private'),
  /**
   * Other public keys published with the signing key's at /.well-known/jwks.json (JWK, array or set): the
   * previous signing key during a rotation, so identities it signed are still accepted. Not secret.
   */
  AUTH_INTERNAL_PREVIOUS_KEYS: z.preprocess((value) => (value === '' ? undefined : value), ed25519PublicKeysSchema.optional()),
  /** The identity provider's key set (users' tokens are verified against it). */
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  /** Expected `iss` of users' tokens. */
  AUTH_ISSUER: z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') }).min(1),
  /** Expected `aud` of users' tokens. */
  AUTH_AUDIENCE: z.string().min(1).default('maillage'),
  /** Accepted signature algorithms, comma-separated; asymmetric only. */
  AUTH_ALGORITHMS: z
    .string()
    .default('EdDSA,ES256,ES384,RS256,PS256')
    .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['EdDSA', 'ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'], { message: 'only asymmetric algorithms (EdDSA, ES*, RS*, PS*) are accepted' })).min(1)),
  /** Browser origins allowed to call the gateway (CORS), comma-separated; none by default. */
  GATEWAY_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(z.url({ message: 'each origin must be a URL such as https://portail.example.fr' }))),
  /** Schema introspection and field suggestions; default: on outside production only. */
  GATEWAY_INTROSPECTION: booleanSchema.optional(),
});

/** Environment variable naming a subgraph's routing URL: `SUBGRAPH_CONTRACTS_URL`, `SUBGRAPH_MY_PARTNER_URL`. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
}

export interface GatewayConfig {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number; maxBodyBytes: number };
  /** Where the supergraph comes from: the file (watched) or a URL (polled). */
  supergraph: { path: string; watch: boolean; debounceMs: number; url?: string; pollMs: number };
  subgraphDeadlines: { queryMs: number; mutationMs: number };
  /** File exchanges through `/files/<subgraph>/…`. */
  files: { timeoutMs: number; maxUploadBytes: number };
  /** Operations executed at once, and the wait of the others (see `admission.ts`). */
  admission: { maxOperations: number; queueTimeoutMs: number; maxQueued: number };
  /** Keep-alive connections per subgraph, and in-flight merging of identical queries of one identity. */
  subgraphHttp: { connections: number; dedup: boolean };
  /** The operation and the answer's shaping prepared once per operation (see `apollo-execution.ts`). */
  apolloShortcuts: boolean;
  /** Routing URLs given in the environment, by subgraph name; others keep the supergraph's URL. */
  subgraphUrls: Record<string, string>;
  ide: boolean;
  log: { level: z.infer<typeof logLevelSchema> };
  shutdownGraceMs: number;
  auth: { internalSigningKey: JWK; previousPublicKeys: JWK[]; jwksUrl: string; issuer: string; audience: string; algorithms: string[] };
  corsOrigins: string[];
  introspection: boolean;
}

const urlSchema = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

/** Reads the gateway's configuration; every problem is reported at once. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const urlVariables = Object.keys(env).filter((key) => /^SUBGRAPH_[A-Z0-9_]+_URL$/.test(key));
  const schema = gatewayEnvSchema.extend(Object.fromEntries(urlVariables.map((key) => [key, urlSchema])));
  const parsed = parseEnv(schema, env) as z.infer<typeof gatewayEnvSchema> & Record<string, string>;
  return {
    env: parsed.NODE_ENV,
    http: { host: parsed.GATEWAY_HOST, port: parsed.GATEWAY_PORT, maxBodyBytes: parsed.GATEWAY_MAX_BODY_BYTES },
    supergraph: {
      path: parsed.GATEWAY_SUPERGRAPH_PATH,
      watch: parsed.GATEWAY_SUPERGRAPH_WATCH,
      debounceMs: parsed.GATEWAY_SUPERGRAPH_DEBOUNCE_MS,
      url: parsed.GATEWAY_SUPERGRAPH_URL,
      pollMs: parsed.GATEWAY_SUPERGRAPH_POLL_MS,
    },
    subgraphDeadlines: { queryMs: parsed.GATEWAY_SUBGRAPH_TIMEOUT_MS, mutationMs: parsed.GATEWAY_SUBGRAPH_MUTATION_TIMEOUT_MS },
    files: { timeoutMs: parsed.GATEWAY_FILE_TIMEOUT_MS, maxUploadBytes: parsed.GATEWAY_MAX_UPLOAD_BYTES },
    admission: { maxOperations: parsed.GATEWAY_MAX_OPERATIONS, queueTimeoutMs: parsed.GATEWAY_QUEUE_TIMEOUT_MS, maxQueued: parsed.GATEWAY_MAX_QUEUED },
    subgraphHttp: { connections: parsed.GATEWAY_SUBGRAPH_CONNECTIONS, dedup: parsed.GATEWAY_SUBGRAPH_DEDUP },
    apolloShortcuts: parsed.GATEWAY_APOLLO_SHORTCUTS,
    subgraphUrls: Object.fromEntries(urlVariables.map((key) => [key, parsed[key]!])),
    ide: parsed.GATEWAY_IDE ?? parsed.NODE_ENV === 'development',
    log: { level: parsed.LOG_LEVEL },
    shutdownGraceMs: parsed.SHUTDOWN_GRACE_MS,
    auth: {
      internalSigningKey: parsed.AUTH_INTERNAL_SIGNING_KEY,
      previousPublicKeys: [parsed.AUTH_INTERNAL_PREVIOUS_KEYS ?? []].flat(),
      jwksUrl: parsed.AUTH_JWKS_URL,
      issuer: parsed.AUTH_ISSUER,
      audience: parsed.AUTH_AUDIENCE,
      algorithms: parsed.AUTH_ALGORITHMS,
    },
    corsOrigins: parsed.GATEWAY_CORS_ORIGINS,
    introspection: parsed.GATEWAY_INTROSPECTION ?? parsed.NODE_ENV !== 'production',
  };
}
