import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDatabaseName } from '@maillage/postgres';
import { subgraphEnvSchema } from '@maillage/subgraph-kit';
import { loadStackConfig } from './config';

/**
 * The database URL of one subgraph, as that subgraph would use it: its own `DB_URL` when given (a deployed
 * subgraph's configuration), otherwise the development stack's (`DB_<NAME>_URL`, `DB_ADMIN_URL`, or the
 * embedded PostgreSQL that `npm start` runs, whose password is kept in its data folder).
 */
export function subgraphDatabaseUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const config = loadStackConfig(env);
  const subgraph = config.subgraphs.find((candidate) => candidate.name === name);
  if (!subgraph) {
    throw new Error(`--subgraph must be one of ${config.subgraphs.map((s) => s.name).join(', ')}`);
  }
  if (env.DB_URL !== undefined) {
    const parsed = subgraphEnvSchema.shape.DB_URL.safeParse(env.DB_URL);
    if (!parsed.success) throw new Error(`DB_URL: ${parsed.error.issues[0]?.message ?? 'is not a PostgreSQL URL'}`);
    return parsed.data;
  }
  if (subgraph.databaseUrl) return subgraph.databaseUrl;
  const database = `${config.databasePrefix}_${name.replace(/[^a-z0-9]/g, '_')}`;
  if (config.adminUrl) return withDatabaseName(config.adminUrl, database);
  const passwordFile = join(config.embedded.dataDir, 'password');
  if (!existsSync(passwordFile)) {
    throw new Error(`no database for ${name}: set DB_URL, or run npm start once (no embedded cluster in ${config.embedded.dataDir})`);
  }
  const password = encodeURIComponent(readFileSync(passwordFile, 'utf8').trim());
  return `postgres://postgres:${password}@127.0.0.1:${config.embedded.port}/${database}`;
}

/** `postgres://…/maillage_contracts` → `maillage_contracts`. */
export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}
