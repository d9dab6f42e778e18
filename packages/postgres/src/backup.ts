import { spawn } from 'node:child_process';
import { withClient } from './admin';
import { findPostgresTools, type PostgresTools } from './tools';

/** The server's major version (`server_version_num` 180004 → 18). */
export async function serverMajorVersion(url: string): Promise<number> {
  const result = await withClient(url, (client) => client.query<{ server_version_num: string }>('SHOW server_version_num'));
  return Math.floor(Number(result.rows[0]!.server_version_num) / 10000);
}

/**
 * The URL without its password, and the password apart: it goes to the program in `PGPASSWORD`, never on a
 * command line that `ps` would show.
 */
function splitPassword(url: string): { url: string; password?: string } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  return { url: parsed.toString(), password };
}

function run(program: string, args: string[], password: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C.UTF-8' };
    if (password !== undefined) env.PGPASSWORD = password;
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${program} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

/** The tools for the server at `url` (found once per call: see `findPostgresTools`). */
async function toolsFor(url: string, tools?: PostgresTools): Promise<PostgresTools> {
  return tools ?? findPostgresTools(await serverMajorVersion(url));
}

/**
 * Dumps one database to `file` in pg_dump's custom format (compressed, restorable table by table), without
 * owners or grants so that it restores under another role. Returns the tools used.
 */
export async function backupDatabase(options: { url: string; file: string; tools?: PostgresTools }): Promise<PostgresTools> {
  const tools = await toolsFor(options.url, options.tools);
  const { url, password } = splitPassword(options.url);
  await run(tools.pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${options.file}`, `--dbname=${url}`], password);
  return tools;
}

/**
 * Restores a custom-format dump into the database at `url`, in one transaction: it stops at the first error
 * and leaves the database as it was. Returns the tools used.
 */
export async function restoreDatabase(options: { url: string; file: string; tools?: PostgresTools }): Promise<PostgresTools> {
  const tools = await toolsFor(options.url, options.tools);
  const { url, password } = splitPassword(options.url);
  await run(
    tools.pgRestore,
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, options.file],
    password,
  );
  return tools;
}

/** Number of tables in the database's `public` schema: a restore goes only into an empty database. */
export async function countTables(url: string): Promise<number> {
  const result = await withClient(url, (client) =>
    client.query<{ count: string }>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"),
  );
  return Number(result.rows[0]!.count);
}
