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
 * A fresh, empty database for one test file, named `t_<label>_<random>`, on the test run's server or on the
 * server at `adminUrl` (a superuser URL of its maintenance database).
 */
export async function createTestDatabase(label: string, adminUrl: string = testAdminUrl()): Promise<TestDatabase> {
  const name = `t_${label.replace(/[^a-z0-9]/g, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await createDatabase(adminUrl, name);
  return { name, url: withDatabaseName(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
