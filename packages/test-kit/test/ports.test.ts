import { createServer, type Server } from 'node:net';
import { freePort } from '../src/ports';

/** Ports of a jest worker come from its own block, below the OS's ephemeral range, and skip ports in use. */
const worker = Number(process.env.JEST_WORKER_ID);
const block = 20000 + ((worker - 1) % 12) * 1000;
const after = (port: number, step = 1) => block + ((port - block + step) % 1000);

const listening: Server[] = [];
const hold = (port: number) =>
  new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(void listening.push(server)));
  });

afterAll(async () => {
  await Promise.all(listening.map((server) => new Promise((resolve) => server.close(resolve))));
});

test('a worker’s ports are its own block’s, one after the other, never in the range the OS hands out', async () => {
  const first = await freePort();
  expect(first).toBeGreaterThanOrEqual(block);
  expect(first).toBeLessThan(block + 1000);
  expect(first).toBeLessThan(32768);
  expect(await freePort()).toBe(after(first));
});

test('a port in use (another process listening on it) is skipped', async () => {
  const last = await freePort();
  await hold(after(last));
  await hold(after(last, 2));
  expect(await freePort()).toBe(after(last, 3));
});
