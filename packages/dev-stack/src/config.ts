import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { logLevelSchema, parseEnv, portSchema, postgresUrlSchema } from '@maillage/subgraph-kit';
import { z } from 'zod';

/** Repository root (this file runs from packages/dev-stack/dist). */
export const ROOT_DIR = resolve(__dirname, '../../..');

export interface StackSubgraph {
  name: string;
  /** Workspace folder, e.g. `subgraphs/contracts`. */
  package: string;
  port: number;
  /** Set when the environment gives this subgraph's database URL. */
  databaseUrl?: string;
}

export interface StackConfig {
  gatewayPort: number;
  subgraphs: StackSubgraph[];
  /** External PostgreSQL maintenance URL: databases `maillage_<name>` are created there. */
  adminUrl?: string;
  embedded: { port: number; dataDir: string };
  /** Databases are named `<prefix>_<subgraph>` on the admin server. */
  databasePrefix: string;
  /** A database a subgraph's new database is copied from (`CREATE DATABASE … TEMPLATE`), by subgraph: the test runs' templates. */
  databaseTemplates?: Record<string, string>;
  /** The development token issuer: its JWKS port and the file holding its key. */
  issuer: { port: number; keyFile: string };
  /** The portal's port (served when `startStack` is asked to, as `npm start` does). */
  portalPort: number;
  logLevel: z.infer<typeof logLevelSchema>;
}

/** `contracts` → `DB_CONTRACTS_URL`, `SUBGRAPH_CONTRACTS_PORT`. */
export const variable = (prefix: string, name: string, suffix: string) =>
  `${prefix}_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${suffix}`;

/**
 * The subgraphs built in this repository, from `schema/subgraphs.json` (the registry): the dev stack and the
 * test stacks start these, so a subgraph added to the registry is in both.
 */
export function localSubgraphs(): { name: string; package: string; port: number }[] {
  const list = JSON.parse(readFileSync(join(ROOT_DIR, 'schema/subgraphs.json'), 'utf8')) as {
    subgraphs: { name: string; package?: string; url: string }[];
  };
  return list.subgraphs
    .filter((entry) => entry.package !== undefined)
    .map((entry) => ({ name: entry.name, package: entry.package!, port: Number(new URL(entry.url).port) }));
}

/**
 * Reads the development stack's environment. With no database variable at all, an embedded PostgreSQL
 * starts; `DB_ADMIN_URL` (a server where databases may be created) or one `DB_<NAME>_URL` per subgraph
 * replace it.
 */
export function loadStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const locals = localSubgraphs();
  const shape: Record<string, z.ZodType> = {
    GATEWAY_PORT: portSchema.default(4000),
    DB_ADMIN_URL: postgresUrlSchema.optional(),
    DB_EMBEDDED_PORT: portSchema.default(54329),
    DB_EMBEDDED_DIR: z.string().min(1).default(join(ROOT_DIR, '.data/postgres')),
    LOG_LEVEL: logLevelSchema.default('warn'),
    AUTH_DEV_ISSUER_PORT: portSchema.default(4009),
    PORTAL_PORT: portSchema.default(4010),
  };
  for (const subgraph of locals) {
    shape[variable('SUBGRAPH', subgraph.name, 'PORT')] = portSchema.default(subgraph.port);
    shape[variable('DB', subgraph.name, 'URL')] = postgresUrlSchema.optional();
  }
  const parsed = parseEnv(z.object(shape), env) as Record<string, unknown>;
  const subgraphs = locals.map((subgraph) => ({
    ...subgraph,
    port: parsed[variable('SUBGRAPH', subgraph.name, 'PORT')] as number,
    databaseUrl: parsed[variable('DB', subgraph.name, 'URL')] as string | undefined,
  }));
  const adminUrl = parsed.DB_ADMIN_URL as string | undefined;
  const given = subgraphs.filter((subgraph) => subgraph.databaseUrl !== undefined);
  if (!adminUrl && given.length > 0 && given.length < subgraphs.length) {
    const missing = subgraphs.filter((subgraph) => !subgraph.databaseUrl).map((s) => variable('DB', s.name, 'URL'));
    throw new Error(`set DB_ADMIN_URL or every subgraph's database URL; missing: ${missing.join(', ')}`);
  }
  return {
    gatewayPort: parsed.GATEWAY_PORT as number,
    subgraphs,
    adminUrl,
    embedded: { port: parsed.DB_EMBEDDED_PORT as number, dataDir: parsed.DB_EMBEDDED_DIR as string },
    logLevel: parsed.LOG_LEVEL as StackConfig['logLevel'],
    databasePrefix: 'maillage',
    portalPort: parsed.PORTAL_PORT as number,
    issuer: {
      port: parsed.AUTH_DEV_ISSUER_PORT as number,
      keyFile: join(dirname(parsed.DB_EMBEDDED_DIR as string), 'dev-issuer.json'),
    },
  };
}
