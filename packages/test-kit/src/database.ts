import { randomBytes } from 'node:crypto';
import { createDatabase, dropDatabase, withDatabaseName } from '@maillage/postgres';

/** Where the jest global setup left the admin URL of the test run's PostgreSQL server. */
export const TEST_ADMIN_URL_VARIABLE = 'MAILLAGE_TEST_ADMIN_URL';

export function testAdminUrl(): string {
  const url = process.env[TEST_ADMIN_URL_VARIABLE];
  if (!url) throw new Error(`${TEST_ADMIN_URL_VARIABLE} is not set: run the tests through jest (its global setup starts PostgreSQL)`);
  return url;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, named `t_<label>_<random>`: empty, or a copy of `template` (a
 * template of the run, see `templates.ts`); on the test run's server, or on the server at `adminUrl` (a
 * superuser URL of its maintenance database; no template there).
 */
export async function createTestDatabase(label: string, options: { template?: string; adminUrl?: string } = {}): Promise<TestDatabase> {
  const adminUrl = options.adminUrl ?? testAdminUrl();
  const name = `t_${label.replace(/[^a-z0-9]/g, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await createDatabase(adminUrl, name, { template: options.template });
  return { name, url: withDatabaseName(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
