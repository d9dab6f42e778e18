import { TEST_ADMIN_URL_VARIABLE } from './database';
import { dropTemplates, testTemplates } from './templates';

/** Jest global teardown: drops the run's templates and stops the embedded PostgreSQL of the run, if one was started. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ADMIN_URL_VARIABLE];
  // On an embedded server the whole data folder goes; on a server of the user's, the templates are dropped.
  if (adminUrl && !globalThis.maillageTestPostgres) await dropTemplates(adminUrl, testTemplates());
  await globalThis.maillageTestPostgres?.stop();
}
