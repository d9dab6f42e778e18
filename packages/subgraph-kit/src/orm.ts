import { DataloaderType, MikroORM, type Constructor, type EntityClass, type Options } from '@mikro-orm/core';
import { type Migration, Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { describeDatabaseUrl } from './database-url';
import { PreparedStatementDriver } from './prepared';
import { RetryingEntityManager } from './transactions';

export { Migration } from '@mikro-orm/migrations';

/** A migration listed explicitly, so compiled and TypeScript runs see the same list without file globs. */
export interface NamedMigration {
  /** Unique and chronological: `Migration<yyyymmddHHMM>_<what-it-changes>`. */
  name: string;
  class: Constructor<Migration>;
}

export interface CreateOrmOptions {
  url: string;
  poolMax: number;
  entities: EntityClass<unknown>[];
  migrations: NamedMigration[];
  logger: Logger;
  debug?: boolean;
  /** Bound parameters and named prepared statements ({@link PreparedStatementDriver}); default true. */
  preparedStatements?: boolean;
}

/** MikroORM options for a subgraph: PostgreSQL, explicit entities and migrations, never schema generation. */
export function ormOptions(options: CreateOrmOptions): Options<PostgreSqlDriver> {
  const sqlLogger = options.logger.child({ module: 'sql' });
  return {
    driver: options.preparedStatements === false ? PostgreSqlDriver : PreparedStatementDriver,
    // A transaction PostgreSQL aborts as a deadlock or a serialization failure runs again (transactions.ts).
    entityManager: RetryingEntityManager,
    clientUrl: options.url,
    entities: options.entities,
    extensions: [Migrator],
    discovery: { requireEntitiesArray: true, disableDynamicFileAccess: true },
    // The database is created by the operator (or by `npm start`); a missing one is an error, not a surprise.
    ensureDatabase: false,
    allowGlobalContext: false,
    // Batches Reference.load() and collection loads made within one request's EntityManager fork.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax },
    debug: options.debug ?? false,
    logger: (message) => sqlLogger.debug(message),
    migrations: {
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'mikro_orm_migrations',
    },
  };
}

/** Thrown when the database cannot be used; the message is one line an operator can act on. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Connects to PostgreSQL; a connection failure becomes one line naming the server and the reason. */
export async function createOrm(options: CreateOrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  const orm = await MikroORM.init<PostgreSqlDriver>({ ...ormOptions(options), connect: false });
  try {
    await orm.connect();
    await orm.em.getConnection().execute('SELECT 1');
  } catch (error) {
    await orm.close(true).catch(() => undefined);
    throw new DatabaseUnavailableError(
      `cannot use database ${describeDatabaseUrl(options.url)}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return orm;
}

/**
 * Applies pending migrations. Refuses to run against a database that has executed a migration this build
 * does not know (a rollback to older code, or a missing migration file).
 */
export async function migrate(orm: MikroORM, known: NamedMigration[]): Promise<string[]> {
  const migrator = orm.getMigrator();
  const executed = await migrator.getExecutedMigrations();
  const knownNames = new Set(known.map((migration) => migration.name));
  const unknown = executed.map((row) => row.name).filter((name) => !knownNames.has(name));
  if (unknown.length > 0) {
    throw new DatabaseUnavailableError(
      `the database has migrations this build does not contain: ${unknown.join(', ')} (deploy the matching version)`,
    );
  }
  const applied = await migrator.up();
  return applied.map((migration) => migration.name);
}

/**
 * For a process that does not migrate (`DB_MIGRATE=false`): refuses to start while one of its migrations is
 * pending (the migration job has not run yet). Migrations it does not know are tolerated: they are the
 * expand steps of a newer version rolling out beside it (see docs/operations.md, expand/contract).
 */
export async function assertMigrated(orm: MikroORM): Promise<void> {
  const pending = await orm.getMigrator().getPendingMigrations();
  if (pending.length > 0) {
    throw new DatabaseUnavailableError(
      `${pending.length} migration(s) not applied yet (${pending.map((m) => m.name).join(', ')}): run the migration job (main.js --migrate-only) first`,
    );
  }
}

/** A readiness probe must answer quickly: an unreachable database would otherwise hold it for the pool's wait. */
const READINESS_TIMEOUT_MS = 2000;

/** True when the database answers and every known migration has been applied, within two seconds. */
export async function isDatabaseReady(orm: MikroORM): Promise<boolean> {
  const check = async () => {
    await orm.em.getConnection().execute('SELECT 1');
    const pending = await orm.getMigrator().getPendingMigrations();
    return pending.length === 0;
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check(), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
