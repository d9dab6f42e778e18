import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type PostgresServer } from '@maillage/postgres';
import { generateIdentityKeyPair } from '@maillage/subgraph-kit';
import { TEST_ADMIN_URL_VARIABLE } from './database';
import { TEST_IDENTITY_KEYS_VARIABLE } from './identity';
import { freePort } from './ports';

declare global {
   
  var maillageTestPostgres: PostgresServer | undefined;
}

/**
 * Jest global setup: one PostgreSQL for the whole run. `TEST_DB_ADMIN_URL` points at an existing server
 * (a superuser URL on its maintenance database); otherwise an embedded server starts in a temporary folder.
 */
export default async function globalSetup(): Promise<void> {
  // One key pair for the run: test files sign internal identities as the gateway would.
  process.env[TEST_IDENTITY_KEYS_VARIABLE] = JSON.stringify(await generateIdentityKeyPair());
  if (process.env.TEST_DB_ADMIN_URL) {
    process.env[TEST_ADMIN_URL_VARIABLE] = process.env.TEST_DB_ADMIN_URL;
  } else {
    const server = await startEmbeddedPostgres({
      dataDir: mkdtempSync(join(tmpdir(), 'maillage-test-pg-')),
      port: await freePort(),
      ephemeral: true,
      // Deleted at the end of the run: nothing to flush to disk at each commit and each CREATE DATABASE.
      durable: false,
    });
    globalThis.maillageTestPostgres = server;
    process.env[TEST_ADMIN_URL_VARIABLE] = server.adminUrl;
  }
}
