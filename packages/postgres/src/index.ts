export { startEmbeddedPostgres } from './embedded';
export type { EmbeddedPostgresOptions, PostgresServer } from './embedded';
export { createDatabase, databaseExists, dropDatabase, withDatabaseName } from './admin';
