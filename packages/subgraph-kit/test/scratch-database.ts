import { randomBytes } from 'node:crypto';

/**
 * A database of a test file's own on the run's PostgreSQL (jest's global setup gives its admin URL): its
 * name (`t_<prefix>_<random>`), and its URL. The file creates it in `beforeAll` and drops it in `afterAll`.
 */
export function scratchDatabase(prefix: string): { adminUrl: string; databaseName: string; databaseUrl: string } {
  const adminUrl = process.env.MAILLAGE_TEST_ADMIN_URL!;
  const databaseName = `t_${prefix}_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return { adminUrl, databaseName, databaseUrl: url.toString() };
}
