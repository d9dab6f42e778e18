import { parseArgs } from 'node:util';
import { createDatabase, withDatabaseName } from './admin';
import { startEmbeddedPostgres } from './embedded';

/**
 * `node packages/postgres/dist/serve.js --dir <folder> --port <port> --database <name>`: a PostgreSQL server
 * of its own for one host of a multi-host test (started inside that host's network namespace), with one
 * database. Prints `{"url": …}` on one line once it is ready; stops on SIGTERM or SIGINT. The cluster is kept
 * in `--dir` between runs, so a restarted host finds its data.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' }, database: { type: 'string' } } });
  if (!values.dir || !values.port || !values.database) throw new Error('--dir, --port and --database are required');
  const server = await startEmbeddedPostgres({ dataDir: values.dir, port: Number(values.port) });
  await createDatabase(server.adminUrl, values.database);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void server.stop().then(() => process.exit(0)));
  }
  process.stdout.write(`${JSON.stringify({ url: withDatabaseName(server.adminUrl, values.database) })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`postgres: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
