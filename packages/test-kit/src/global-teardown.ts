/** Jest global teardown: stops the embedded PostgreSQL of the run, if one was started. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.maillageTestPostgres?.stop();
}
