import { createServer, type Server } from 'node:net';
import { withDatabaseName } from '@maillage/postgres';
import { createTestDatabase, freePort, testAdminUrl, testIdentityKeys } from '@maillage/test-kit';
import { Client } from 'pg';
import { runNode } from './process-helpers';

/**
 * A process that cannot start says why in one line on stderr and exits non-zero: an operator reads the
 * reason, not a stack trace.
 */
const CONTRACTS = 'subgraphs/contracts/dist/main.js';
const identity = () => ({ AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(testIdentityKeys().publicJwk) });

function expectOneLineReason(stderr: string, ...fragments: string[]): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^contracts: /);
  for (const fragment of fragments) expect(lines[0]).toContain(fragment);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('a subgraph that cannot start', () => {
  test('reports every configuration problem at once', async () => {
    const { code, stderr } = await runNode(CONTRACTS, { DB_URL: 'mysql://somewhere/db', DB_POOL_MAX: 'many', LOG_LEVEL: 'silent' });
    expect(code).toBe(1);
    expectOneLineReason(stderr, 'HTTP_PORT: is required', 'DB_URL', 'postgres://', 'DB_POOL_MAX', 'AUTH_GATEWAY_PUBLIC_KEY: is required');
  });

  test('names the database it cannot use, without its password', async () => {
    const url = withDatabaseName(testAdminUrl(), 'no_such_database');
    const { code, stderr } = await runNode(CONTRACTS, { ...identity(), DB_URL: url, HTTP_PORT: String(await freePort()), LOG_LEVEL: 'silent' });
    expect(code).toBe(1);
    expectOneLineReason(stderr, 'no_such_database', 'does not exist');
    expect(stderr).not.toContain(new URL(testAdminUrl()).password);
  });

  test('names a port that is already in use', async () => {
    const database = await createTestDatabase('port_in_use');
    const port = await freePort();
    const blocker: Server = createServer().listen(port, '127.0.0.1');
    try {
      const { code, stderr } = await runNode(CONTRACTS, {
        ...identity(),
        DB_URL: database.url,
        HTTP_PORT: String(port),
        HTTP_HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
      });
      expect(code).toBe(1);
      expectOneLineReason(stderr, `port ${port} is already in use`);
    } finally {
      blocker.close();
      await database.drop();
    }
  });

  test('refuses a database migrated by a newer version it does not know', async () => {
    const database = await createTestDatabase('unknown_migration');
    try {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      await client.query('CREATE TABLE mikro_orm_migrations (id serial PRIMARY KEY, name varchar(255), executed_at timestamptz DEFAULT now())');
      await client.query("INSERT INTO mikro_orm_migrations (name) VALUES ('Migration29991231000000_from_the_future')");
      await client.end();
      const { code, stderr } = await runNode(CONTRACTS, { ...identity(), DB_URL: database.url, HTTP_PORT: String(await freePort()), LOG_LEVEL: 'silent' });
      expect(code).toBe(1);
      expectOneLineReason(stderr, 'Migration29991231000000_from_the_future');
    } finally {
      await database.drop();
    }
  });
});

describe('the gateway that cannot start', () => {
  test('names a malformed subgraph URL', async () => {
    const { code, stderr } = await runNode('gateway/dist/main.js', {
      AUTH_INTERNAL_SIGNING_KEY: JSON.stringify(testIdentityKeys().privateJwk),
      SUBGRAPH_CONTRACTS_URL: 'contracts:4001',
      GATEWAY_PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^gateway: .*SUBGRAPH_CONTRACTS_URL/)]);
  });

  test('refuses to start without its signing key, and says so', async () => {
    const { code, stderr } = await runNode('gateway/dist/main.js', { GATEWAY_PORT: String(await freePort()), LOG_LEVEL: 'silent' });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^gateway: .*AUTH_INTERNAL_SIGNING_KEY: is required; AUTH_JWKS_URL: .*; AUTH_ISSUER: is required/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  test('refuses a public key where the private signing key is expected', async () => {
    const { code, stderr } = await runNode('gateway/dist/main.js', {
      AUTH_INTERNAL_SIGNING_KEY: JSON.stringify(testIdentityKeys().publicJwk),
      GATEWAY_PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('AUTH_INTERNAL_SIGNING_KEY: must be an Ed25519 private key');
  });
});
