import { Client } from 'pg';

/** A PostgreSQL identifier we create ourselves: lower-case letters, digits and underscores. */
const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function assertSafeName(name: string): void {
  if (!SAFE_NAME.test(name)) {
    throw new Error(`"${name}" is not a valid database name (lower-case letters, digits and _ only)`);
  }
}

/** Runs `run` with a client connected to `url`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Returns `url` with its database path replaced by `name`. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** True when the server at `adminUrl` has a database called `name`. */
export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return result.rowCount === 1;
  });
}

/**
 * Creates database `name` unless it exists. Returns true when it was created.
 * Concurrent callers are safe: a duplicate-database error counts as "already there".
 * With `template`, the new database is a copy of that one (nobody may be connected to it meanwhile).
 */
export async function createDatabase(adminUrl: string, name: string, options: { template?: string } = {}): Promise<boolean> {
  assertSafeName(name);
  if (options.template) assertSafeName(options.template);
  return withClient(adminUrl, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 1) return false;
    try {
      await client.query(`CREATE DATABASE "${name}"${options.template ? ` TEMPLATE "${options.template}"` : ''}`);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === '42P04') return false; // duplicate_database
      throw error;
    }
  });
}

/** Drops database `name`, disconnecting its sessions first. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  assertSafeName(name);
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
