import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countTables, createDatabase, restoreDatabase, withDatabaseName } from '@maillage/postgres';
import { databaseNameOf, subgraphDatabaseUrl } from './subgraph-database';

/**
 * `npm run restore -- --subgraph <name> --from <file> [--database <new name>]`: pg_restore of a backup into
 * the subgraph's database, or into a new database of that name on the same server. It never writes over
 * data: the target must have no table (drop or rename the damaged database first).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { subgraph: { type: 'string' }, from: { type: 'string' }, database: { type: 'string' } },
  });
  if (!values.subgraph) throw new Error('--subgraph <name> is required');
  if (!values.from) throw new Error('--from <file> is required (a file written by npm run backup)');
  const file = resolve(values.from);
  if (!existsSync(file)) throw new Error(`--from: ${file} does not exist`);
  let url = subgraphDatabaseUrl(values.subgraph);
  if (values.database) {
    await createDatabase(withDatabaseName(url, 'postgres'), values.database);
    url = withDatabaseName(url, values.database);
  }
  const tables = await countTables(url);
  if (tables > 0) {
    throw new Error(`${databaseNameOf(url)} already has ${tables} tables: restore into an empty database (--database <new name>)`);
  }
  const tools = await restoreDatabase({ url, file });
  process.stdout.write(`${file} → ${databaseNameOf(url)} (pg_restore ${tools.major} from ${tools.binDir}, ${tools.source})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`restore: ${(error as Error).message}\n`);
  process.exit(1);
});
