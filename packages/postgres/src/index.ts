export { startEmbeddedPostgres } from './embedded';
export type { EmbeddedPostgresOptions, PostgresServer } from './embedded';
export { createDatabase, databaseExists, dropDatabase, withClient, withDatabaseName } from './admin';
export { backupDatabase, countTables, restoreDatabase, serverMajorVersion } from './backup';
export { findPostgresTools, listPostgresTools, PostgresToolsMissingError } from './tools';
export type { PostgresTools } from './tools';
export { startPostgresFromFolder } from './from-folder';
