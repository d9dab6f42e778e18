import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';

/**
 * Ports for tests' services. Jest runs test files in several worker processes at once, and a test picks a port
 * before the service that will listen on it has started (a subgraph is given the gateway's URL before the
 * gateway runs; a test may stop a service and start it again on its port). A port the OS picked and gave back
 * (`listen(0)` then `close()`) can be picked again meanwhile by another worker, or taken as the local port of an
 * outgoing connection: a subgraph of one worker's stack then answered another worker's gateway, which refused
 * every identity (CI, `identity-keys.test.ts`, 401 everywhere).
 *
 * So each jest worker takes its ports from a block of its own, below the range the OS hands out for `listen(0)`
 * and outgoing connections (Linux: 32768–60999), one after the other from a random start (a test file's modules
 * are loaded afresh, so each file starts somewhere else in its block), skipping any port that is in use.
 * Outside jest's workers (the run's global setup), the OS picks, as before.
 */
const FIRST_PORT = 20000;
const BLOCK_SIZE = 1000;
const BLOCKS = 12; // 20000–31999: below Linux's ephemeral range

let next: number | undefined;

function workerBlock(): number | undefined {
  const id = Number(process.env.JEST_WORKER_ID);
  return Number.isInteger(id) && id > 0 ? FIRST_PORT + ((id - 1) % BLOCKS) * BLOCK_SIZE : undefined;
}

/** Listens on `port` (0: the OS picks) on loopback and closes at once; the port it got, or undefined if in use. */
function probe(port: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(undefined) : reject(error)));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

/** A TCP port free on loopback now, which no other jest worker will be given. */
export async function freePort(): Promise<number> {
  const block = workerBlock();
  if (block === undefined) return (await probe(0))!;
  next ??= randomInt(BLOCK_SIZE);
  for (let tried = 0; tried < BLOCK_SIZE; tried += 1) {
    const port = block + (next % BLOCK_SIZE);
    next += 1;
    if ((await probe(port)) !== undefined) return port;
  }
  throw new Error(`no free port left in ${block}–${block + BLOCK_SIZE - 1} (jest worker ${process.env.JEST_WORKER_ID})`);
}
