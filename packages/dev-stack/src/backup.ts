import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from '@maillage/postgres';
import { ROOT_DIR } from './config';
import { databaseNameOf, subgraphDatabaseUrl } from './subgraph-database';

/**
 * `npm run backup -- --subgraph <name> [--out <file>]`: pg_dump of one subgraph's own database, custom
 * format, to `.data/backups/<name>-<time>.dump` unless `--out` says where.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { subgraph: { type: 'string' }, out: { type: 'string' } } });
  if (!values.subgraph) throw new Error('--subgraph <name> is required');
  const url = subgraphDatabaseUrl(values.subgraph);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = resolve(values.out ?? join(ROOT_DIR, '.data/backups', `${values.subgraph}-${stamp}.dump`));
  mkdirSync(dirname(file), { recursive: true });
  const tools = await backupDatabase({ url, file });
  process.stdout.write(
    `${databaseNameOf(url)} → ${file} (${statSync(file).size} bytes; pg_dump ${tools.major} from ${tools.binDir}, ${tools.source})\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`backup: ${(error as Error).message}\n`);
  process.exit(1);
});
