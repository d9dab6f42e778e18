import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PostgresServer } from './embedded';

const exec = promisify(execFile);

/** PostgreSQL refuses to run as root: as root, the programs run as the system's `postgres` user. */
async function runAs(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number((await exec('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await exec('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
}

/**
 * A throwaway PostgreSQL server from the programs of an installed folder (Debian's
 * `/usr/lib/postgresql/<major>/bin`), listening on 127.0.0.1 only, deleted when stopped. For tests that need
 * a server of the same major version as the client programs found (a backup made by `pg_dump` 15 cannot
 * read the embedded PostgreSQL 18).
 */
export async function startPostgresFromFolder(options: { binDir: string; dataDir: string; port: number }): Promise<PostgresServer> {
  const owner = await runAs();
  const clusterDir = join(options.dataDir, 'pg');
  mkdirSync(options.dataDir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  const passwordFile = join(options.dataDir, 'password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(options.dataDir, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  chmodSync(options.dataDir, 0o700);
  const spawnOptions = { ...owner, env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } };
  await exec(
    join(options.binDir, 'initdb'),
    ['-D', clusterDir, '-U', 'postgres', `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8'],
    spawnOptions,
  );
  const serverFlags = `-c listen_addresses=127.0.0.1 -p ${options.port} -c unix_socket_directories=${options.dataDir}`;
  await exec(
    join(options.binDir, 'pg_ctl'),
    ['-D', clusterDir, '-o', serverFlags, '-l', join(options.dataDir, 'server.log'), '-w', 'start'],
    spawnOptions,
  );
  let stopped: Promise<void> | undefined;
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`,
    stop: () => {
      stopped ??= exec(join(options.binDir, 'pg_ctl'), ['-D', clusterDir, '-m', 'fast', '-w', 'stop'], spawnOptions)
        .then(() => undefined, () => undefined)
        .then(() => rmSync(options.dataDir, { recursive: true, force: true }));
      return stopped;
    },
  };
}
