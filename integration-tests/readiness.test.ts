import { once } from 'node:events';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { closeGracefully, portOf } from '@maillage/subgraph-kit';
import { freePort, startTestSubgraph, testAdminUrl, viewers, type TestSubgraph } from '@maillage/test-kit';
import express from 'express';
import { contractsSubgraph } from '@maillage/subgraph-contracts';

/** A TCP relay to PostgreSQL that a test can cut and restore, as a network failure would. */
class CuttableRelay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  constructor(readonly port: number, private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    this.server.listen(this.port, '127.0.0.1');
    await once(this.server, 'listening');
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

async function readyStatus(subgraph: TestSubgraph): Promise<number> {
  return (await fetch(`${subgraph.baseUrl}/ready`)).status;
}

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('readiness follows the database', () => {
  let relay: CuttableRelay;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    const postgres = new URL(testAdminUrl());
    relay = new CuttableRelay(await freePort(), { host: postgres.hostname, port: Number(postgres.port) });
    await relay.open();
    subgraph = await startTestSubgraph(contractsSubgraph, {
      rewriteDatabaseUrl: (url) => {
        const parsed = new URL(url);
        parsed.port = String(relay.port);
        return parsed.toString();
      },
    });
  });

  afterAll(async () => {
    await relay.open().catch(() => undefined);
    await subgraph?.stop();
  });

  test('/ready fails while the database is unreachable and recovers when it returns, with no restart', async () => {
    expect(await readyStatus(subgraph)).toBe(200);
    await relay.cut();
    expect(await eventually(async () => (await readyStatus(subgraph)) === 503)).toBe(true);
    expect((await fetch(`${subgraph.baseUrl}/health`)).status).toBe(200); // alive, just not ready
    await relay.open();
    expect(await eventually(async () => (await readyStatus(subgraph)) === 200)).toBe(true);
    const { body } = await subgraph.query('{ contracts { totalCount } }', undefined, { viewer: viewers.admin });
    expect(body.errors).toBeUndefined();
  });
});

describe('graceful shutdown', () => {
  test('finishes the request in flight and refuses new connections', async () => {
    const app = express();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    app.get('/slow', async (_req, res) => {
      await held;
      res.json({ done: true });
    });
    const server = createHttpServer(app).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = portOf(server);
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the request arrive
    const closed = closeGracefully(server, 10_000);
    await expect(fetch(`http://127.0.0.1:${port}/slow`)).rejects.toThrow();
    release();
    const response = await inFlight;
    expect(await response.json()).toEqual({ done: true });
    await closed;
  });
});
