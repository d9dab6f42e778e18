import { once } from 'node:events';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevIssuer, type DevIssuer } from '@maillage/dev-stack';
import { generateIdentityKeyPair } from '@maillage/subgraph-kit';
import { freePort, postGraphQL, viewers } from '@maillage/test-kit';
import { HostNetwork, netemUnavailable, networkNamespacesUnavailable } from './multi-host/network';
import { startOtlpCollector, type ReceivedSpan } from './otlp-collector';
import { ROOT } from './process-helpers';

/**
 * The hub across hosts: each subgraph with its own PostgreSQL on a host of its own, the gateway on another,
 * the test process on a third — Linux network namespaces joined by veth links (multi-host/network.ts). Run as
 * root on Linux; skipped elsewhere, with the reason printed.
 */
const unavailable = networkNamespacesUnavailable();
const netem = unavailable ?? netemUnavailable();
if (unavailable) process.stdout.write(`multi-host.test.ts skipped: ${unavailable}\n`);
else if (netem) process.stdout.write(`multi-host.test.ts: the latency test is skipped: ${netem}\n`);
const describeHosts = unavailable ? describe.skip : describe;

const subgraphList = (JSON.parse(readFileSync(join(ROOT, 'schema/subgraphs.json'), 'utf8')) as {
  subgraphs: { name: string; package: string; url: string }[];
}).subgraphs;
const TIMEOUT_MS = 3000;
/**
 * Each host's PostgreSQL port: its own per host all the same (the Unix socket lives in /tmp, which the hosts
 * share with the test process), below the ephemeral range the other tests' free ports come from.
 */
const postgresPort = (name: string) => 25432 + subgraphList.findIndex((s) => s.name === name);
/** 2026-OPH-031: contracts, its buyer's commune (directory) and its holder's insertion structure (structures). */
const ACROSS = '{ contract(id: "5c0e1d2a-0000-4000-8000-000000000003") { reference buyer { commune { name } } holder { name insertionStructure { kind } } } }';
const facilitator = viewers.facilitator(['69']);

interface Host {
  postgres?: ChildProcess;
  subgraph?: ChildProcess;
  dataDir: string;
  port: number;
  databaseUrl?: string;
}

const network = new HostNetwork(String(process.pid % 100_000));
const hosts = new Map<string, Host>();
let spans: ReceivedSpan[] = [];
let gateway: ChildProcess | undefined;
let issuer: DevIssuer | undefined;
let collector: Server | undefined;
let publicJwk = '';
let workDir = '';

/** Resolves with the first line of `child`'s output matching `pattern`; rejects if it exits first. */
function lineMatching(child: ChildProcess, pattern: RegExp, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => pattern.test(candidate));
      if (line) resolve(line);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready: ${output.slice(-2000)}`)));
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function startPostgres(name: string): Promise<void> {
  const host = hosts.get(name)!;
  const netns = network.host(name).netns;
  host.postgres = network.spawnIn(netns, join(ROOT, 'packages/postgres/dist/serve.js'), ['--dir', host.dataDir, '--port', String(postgresPort(name)), '--database', `maillage_${name}`], {});
  host.databaseUrl = (JSON.parse(await lineMatching(host.postgres, /^\{"url"/, `${name}'s PostgreSQL`)) as { url: string }).url;
}

async function startSubgraph(name: string): Promise<void> {
  const host = hosts.get(name)!;
  const { netns, address } = network.host(name);
  const workspace = subgraphList.find((s) => s.name === name)!.package;
  host.subgraph = network.spawnIn(netns, join(ROOT, workspace, 'dist/main.js'), [], {
    NODE_ENV: 'development',
    HTTP_HOST: address,
    HTTP_PORT: String(host.port),
    DB_URL: host.databaseUrl,
    // Demo data only where the query reads it: seeding the others would cost time and show nothing more.
    DB_SEED_DEMO: String(['contracts', 'directory', 'structures'].includes(name)),
    AUTH_GATEWAY_PUBLIC_KEY: publicJwk,
    LOG_LEVEL: 'info',
  });
  await lineMatching(host.subgraph, /subgraph ready/, name);
}

function query(text: string) {
  return issuer!.mint(facilitator).then((token) =>
    postGraphQL(`http://${network.gatewayAddress}:4000/graphql`, text, undefined, { authorization: `Bearer ${token}` }),
  );
}

beforeAll(async () => {
  if (unavailable) return;
  workDir = mkdtempSync(join(tmpdir(), 'maillage-hosts-'));
  chmodSync(workDir, 0o755); // PostgreSQL runs as the postgres user, which must enter its folder
  network.create(subgraphList.map((s) => s.name));
  const keys = await generateIdentityKeyPair();
  publicJwk = JSON.stringify(keys.publicJwk);
  subgraphList.forEach((s) => hosts.set(s.name, { dataDir: join(workDir, s.name), port: Number(new URL(s.url).port) }));
  await Promise.all(subgraphList.map((s) => startPostgres(s.name)));
  await Promise.all(subgraphList.map((s) => startSubgraph(s.name)));
  issuer = await startDevIssuer(join(workDir, 'issuer.json'), await freePort(), network.testAddress);
  // The gateway's spans, received on the test's own host.
  const started = await startOtlpCollector(network.testAddress, await freePort());
  collector = started.server;
  spans = started.spans;
  const collectorUrl = started.url;
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    GATEWAY_HOST: network.gatewayAddress,
    GATEWAY_PORT: '4000',
    GATEWAY_SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
    AUTH_JWKS_URL: issuer.jwksUrl,
    AUTH_ISSUER: issuer.issuer,
    AUTH_AUDIENCE: issuer.audience,
    AUTH_INTERNAL_SIGNING_KEY: JSON.stringify(keys.privateJwk),
    OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl,
    OTEL_BSP_SCHEDULE_DELAY: '100',
  };
  for (const s of subgraphList) env[`SUBGRAPH_${s.name.toUpperCase()}_URL`] = `http://${network.host(s.name).address}:${hosts.get(s.name)!.port}/graphql`;
  gateway = network.spawnIn(network.gatewayNetns, join(ROOT, 'gateway/dist/main.js'), [], env);
  const exited = once(gateway, 'exit');
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const status = await fetch(`http://${network.gatewayAddress}:4000/health`).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (gateway.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await Promise.race([exited, Promise.resolve()]);
  throw new Error('the gateway did not start on its host');
}, 300_000);

afterAll(async () => {
  if (unavailable) return;
  await stop(gateway);
  for (const host of hosts.values()) {
    await stop(host.subgraph);
    await stop(host.postgres);
  }
  await issuer?.stop();
  collector?.close();
  network.destroy();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const FULL = {
  reference: '2026-OPH-031',
  buyer: { commune: { name: expect.any(String) } },
  holder: { name: 'Tremplin Espaces Verts (démo)', insertionStructure: { kind: 'EI' } },
};

describeHosts('the hub across hosts (network namespaces)', () => {
  test("each service listens on its own host's address only; a subgraph's database on that host's loopback", () => {
    // Read off each host's sockets (ss, iproute2): no request is sent to see it.
    const listening = (netns: string) =>
      execFileSync('ip', ['netns', 'exec', netns, 'ss', '-Hltn'], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((line) => line.trim().split(/\s+/)[3])
        .sort();
    for (const s of subgraphList) {
      const { netns, address } = network.host(s.name);
      expect(listening(netns)).toEqual([`127.0.0.1:${postgresPort(s.name)}`, `${address}:${hosts.get(s.name)!.port}`].sort());
    }
    expect(listening(network.gatewayNetns)).toEqual([`${network.gatewayAddress}:4000`]);
  });

  test('the federation answers a query across three subgraphs on three hosts', async () => {
    const { status, body } = await query(ACROSS);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.contract).toEqual(FULL);
  });

  test('a cut link to one subgraph gives the typed partial answer, and the whole answer once the link is back', async () => {
    network.setLink('structures', false);
    try {
      const { status, body } = await query(ACROSS);
      expect(status).toBe(200);
      expect(body.data!.contract).toEqual({ ...FULL, holder: { ...FULL.holder, insertionStructure: null } });
      expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'structures' } })]);
      expect(JSON.stringify(body)).not.toMatch(/198\.18|ECONN|EHOST|ENETUNREACH/);
    } finally {
      network.setLink('structures', true);
    }
    let answer = await query(ACROSS);
    for (let attempt = 0; attempt < 20 && answer.body.errors; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await query(ACROSS);
    }
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.contract).toEqual(FULL);
  });

  (netem ? test.skip : test)('latency on one link shows in the trace, and past the gateway\'s timeout gives the typed partial answer', async () => {
    network.setLatency('structures', 400);
    try {
      spans.splice(0);
      expect((await query(ACROSS)).body.data!.contract).toEqual(FULL);
      network.setLatency('structures', TIMEOUT_MS + 1000);
      const slow = await query(ACROSS);
      expect(slow.body.data!.contract).toEqual({ ...FULL, holder: { ...FULL.holder, insertionStructure: null } });
      expect(slow.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'structures' } })]);
    } finally {
      network.setLatency('structures', 0);
    }
    const toStructures = () => spans.filter((span) => JSON.stringify(span.attributes).includes(network.host('structures').address));
    for (let attempt = 0; attempt < 50 && toStructures().length === 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    // The first call crossed the slowed link (at least 400 ms each way for the answer), the others did not.
    expect(Math.max(...toStructures().map((span) => span.durationMs))).toBeGreaterThanOrEqual(400);
    const toContracts = spans.filter((span) => JSON.stringify(span.attributes).includes(network.host('contracts').address));
    expect(Math.min(...toContracts.map((span) => span.durationMs))).toBeLessThan(400);
  });

  test('a subgraph host that restarts (its PostgreSQL and its process, with an empty pool) is served again', async () => {
    const host = hosts.get('structures')!;
    await stop(host.subgraph);
    await stop(host.postgres);
    const down = await query(ACROSS);
    expect(down.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'structures' } })]);
    await startPostgres('structures');
    await startSubgraph('structures');
    const back = await query(ACROSS);
    expect(back.body.errors).toBeUndefined();
    expect(back.body.data!.contract).toEqual(FULL);
  });
});
