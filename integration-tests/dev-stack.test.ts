import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, postGraphQL } from '@maillage/test-kit';
import { isAlive, ROOT } from './process-helpers';

/**
 * `npm start` as a person runs it: no database configured, so it starts its own PostgreSQL, then the four
 * subgraphs, the gateway, the development OpenID Connect provider and the portal; Ctrl-C (SIGINT to the terminal's process group) stops every one of them.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'maillage-dev-stack-'));
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  env = {
    PATH: process.env.PATH,
    DB_EMBEDDED_DIR: dataDir,
    DB_EMBEDDED_PORT: String(await freePort()),
    GATEWAY_PORT: String(await freePort()),
    AUTH_DEV_ISSUER_PORT: String(await freePort()),
    PORTAL_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
  for (const name of ['CONTRACTS', 'STRUCTURES', 'BENEFICIARIES', 'DIRECTORY']) {
    env[`SUBGRAPH_${name}_PORT`] = String(await freePort());
  }
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** Starts the dev stack in its own process group, as a terminal would, and waits for its banner. */
function startDevStack(args: string[] = []): Promise<Started> {
  const child = spawn(process.execPath, [join(ROOT, 'packages/dev-stack/dist/main.js'), ...args], { env, detached: true });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner after 90 s:\n${output}`)), 90_000);
    const check = () => {
      if (output.includes('Maillage is running.')) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

function processGroup(pgid: number): number[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,pgid='], { encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([, group]) => group === pgid)
    .map(([pid]) => pid!);
}

/** The development token the banner printed for `role`. */
function printedToken(started: Started, role: string): string {
  const match = new RegExp(`\\n  ${role} +(ey[\\w-]+\\.[\\w-]+\\.[\\w-]+)\\n`).exec(started.output());
  if (!match) throw new Error(`no ${role} token in the banner:\n${started.output()}`);
  return match[1]!;
}

async function pressCtrlC(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
  process.kill(-started.child.pid!, 'SIGINT');
  return exited;
}

async function waitUntilGone(pids: number[], timeoutMs = 20_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let alive = pids.filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    alive = pids.filter(isAlive);
  }
  return alive;
}

const QUERY = '{ contracts(first: 100) { totalCount nodes { reference buyer { commune { name } } holder { insertionStructure { kind } } } } }';
let seededContracts = 0;

describe('npm start with no configuration', () => {
  test('serves the federated demo data, and Ctrl-C leaves no process behind', async () => {
    const started = await startDevStack();
    const gatewayUrl = `http://localhost:${env.GATEWAY_PORT}/graphql`;
    // The banner's first line is the portal's URL; the portal serves the application and /graphql.
    const portalUrl = `http://localhost:${env.PORTAL_PORT}/`;
    const banner = started.output().slice(started.output().indexOf('Maillage is running.'));
    expect(banner.split('\n')[0]).toBe(`Maillage is running. Portal: ${portalUrl}`);
    expect(await (await fetch(portalUrl)).text()).toContain('<div id="root">');
    const viaPortal = await postGraphQL(`${portalUrl}graphql`, '{ commune(code: "69266") { name } }');
    expect(viaPortal.body.data).toEqual({ commune: { name: 'Villeurbanne' } });
    const discovery = (await (await fetch(`http://localhost:${env.AUTH_DEV_ISSUER_PORT}/.well-known/openid-configuration`)).json()) as {
      issuer: string;
      code_challenge_methods_supported: string[];
    };
    expect(discovery.issuer).toBe(`http://localhost:${env.AUTH_DEV_ISSUER_PORT}`);
    expect(discovery.code_challenge_methods_supported).toContain('S256');
    expect(started.output()).toContain(gatewayUrl);
    expect(started.output()).toContain(`http://localhost:${env.GATEWAY_PORT}/ide`);

    const { body } = await postGraphQL(gatewayUrl, QUERY, undefined, { authorization: `Bearer ${printedToken(started, 'facilitator')}` });
    expect(body.errors).toBeUndefined();
    seededContracts = body.data!.contracts.totalCount;
    expect(seededContracts).toBeGreaterThan(3);
    expect(body.data!.contracts.nodes).toHaveLength(seededContracts);
    expect(body.data!.contracts.nodes).toContainEqual({
      reference: '2026-OPH-031',
      buyer: { commune: { name: 'Lyon' } },
      holder: { insertionStructure: { kind: 'EI' } },
    });

    const group = processGroup(started.child.pid!);
    const postgres = execFileSync('ps', ['-e', '-o', 'pid=,args='], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(`-p ${env.DB_EMBEDDED_PORT}`) && line.includes('postgres'));
    expect(postgres).toHaveLength(1);
    expect(group.length).toBeGreaterThanOrEqual(9); // stack, PostgreSQL, four subgraphs, gateway, OIDC provider, portal

    // One ready token per role is printed; the admin's reaches personal data the public caller cannot.
    for (const role of ['facilitator', 'buyer', 'company', 'structure', 'partner', 'admin']) {
      expect(started.output()).toMatch(new RegExp(`\\n  ${role} +ey[\\w-]+\\.[\\w-]+\\.[\\w-]+\\n`));
    }

    expect(await pressCtrlC(started)).toBe(0);
    expect(await waitUntilGone(group)).toEqual([]);
    expect(started.output()).toContain('Maillage stopped.');
  });

  test('a second start keeps the data and does not seed it twice', async () => {
    const started = await startDevStack();
    const { body } = await postGraphQL(`http://localhost:${env.GATEWAY_PORT}/graphql`, QUERY, undefined, {
      authorization: `Bearer ${printedToken(started, 'facilitator')}`,
    });
    expect(body.data!.contracts.totalCount).toBe(seededContracts);
    const group = processGroup(started.child.pid!);
    expect(await pressCtrlC(started)).toBe(0);
    expect(await waitUntilGone(group)).toEqual([]);
  });
});
