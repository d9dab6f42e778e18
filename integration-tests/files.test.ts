import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import express from 'express';
import { BadUserInputError, fileContext, type SubgraphDefinition } from '@maillage/subgraph-kit';
import { structuresSubgraph } from '@maillage/subgraph-structures';
import { freePort, signIdentity, startTestStack, startTestSubgraph, viewers, type TestStack, type TestSubgraph } from '@maillage/test-kit';

/**
 * Files (exports, uploaded spreadsheets, PDFs) go through the gateway at `/files/<subgraph>/…` to the
 * subgraph's own `/files/…`, streamed, with the internal identity the gateway signs for that subgraph.
 * The `directory` subgraph is reached here through a stand-in that forwards its GraphQL to the real one and
 * answers `/files/…` itself, so the test sees exactly what a subgraph receives.
 */
const UPLOAD_LIMIT = 1_000_000;
let stack: TestStack;
let standIn: Server;
let realDirectory = '';
const seen: { authorization?: string; idempotencyKey?: string; path?: string }[] = [];

function claims(authorization: string | undefined): Record<string, unknown> {
  const payload = (authorization ?? '').replace(/^Bearer /, '').split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

beforeAll(async () => {
  const port = await freePort();
  standIn = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (!url.pathname.startsWith('/files/')) {
      // GraphQL and health checks: to the real directory subgraph.
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
        fetch(new URL(url.pathname + url.search, realDirectory), { method: req.method, headers, body: req.method === 'GET' ? undefined : Buffer.concat(chunks) })
          .then(async (answer) => {
            res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
            res.end(Buffer.from(await answer.arrayBuffer()));
          })
          .catch(() => res.destroy());
      });
      return;
    }
    seen.push({ authorization: req.headers.authorization, idempotencyKey: req.headers['idempotency-key'] as string | undefined, path: url.pathname + url.search });
    if (url.pathname === '/files/echo') {
      const hash = createHash('sha256');
      let bytes = 0;
      req.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        bytes += chunk.length;
      });
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-disposition': 'attachment; filename="reçu.json"' });
        res.end(JSON.stringify({ bytes, sha256: hash.digest('hex'), role: claims(req.headers.authorization).role }));
      });
      return;
    }
    if (url.pathname === '/files/big') {
      const rows = Number(url.searchParams.get('rows'));
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      let i = 0;
      const write = () => {
        while (i < rows) {
          if (!res.write(`${i};ligne numéro ${i}\n`)) {
            i += 1;
            res.once('drain', write);
            return;
          }
          i += 1;
        }
        res.end();
      };
      write();
      return;
    }
    if (url.pathname === '/files/cut') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.write('premières lignes;\n'.repeat(1000));
      setTimeout(() => res.destroy(), 50);
      return;
    }
    if (url.pathname === '/files/refuse') {
      req.socket.destroy();
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => standIn.listen(port, '127.0.0.1', resolve));
  stack = await startTestStack({
    gatewayEnv: { SUBGRAPH_DIRECTORY_URL: `http://127.0.0.1:${port}/graphql`, GATEWAY_MAX_UPLOAD_BYTES: String(UPLOAD_LIMIT) },
  });
  realDirectory = stack.subgraphUrls.directory!;
});

afterAll(async () => {
  await stack?.stop();
  await new Promise((resolve) => standIn?.close(resolve));
});

interface ErrorBody {
  errors: { message: string; extensions: Record<string, unknown> }[];
}
const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).errors[0]!;

const filesUrl = (path: string) => stack.gatewayUrl.replace(/\/graphql$/, '') + `/files/${path}`;
const bearer = async (viewer = viewers.facilitator(['69'])) => ({ authorization: `Bearer ${await stack.issuer.mint(viewer)}` });

describe('the gateway forwards /files/<subgraph>/… to that subgraph', () => {
  test('an upload arrives whole, with an identity signed for that subgraph (never the user’s own token), and the answer comes back with its headers', async () => {
    const body = Buffer.alloc(300_000, 'é');
    const headers = { ...(await bearer()), 'content-type': 'text/csv', 'idempotency-key': 'releve-2026-11' };
    const response = await fetch(filesUrl('directory/echo?mois=2026-11'), { method: 'POST', headers, body });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="reçu.json"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ bytes: body.length, sha256: createHash('sha256').update(body).digest('hex'), role: 'facilitator' });
    const call = seen.at(-1)!;
    expect(call.path).toBe('/files/echo?mois=2026-11');
    expect(call.idempotencyKey).toBe('releve-2026-11');
    expect(call.authorization).not.toBe(headers.authorization);
    expect(claims(call.authorization).aud).toBe('directory');
    // The identity is one the real subgraph accepts.
    const check = await fetch(realDirectory, {
      method: 'POST',
      headers: { authorization: call.authorization!, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(check.status).toBe(200);
  });

  test('a large download is streamed through whole', async () => {
    const response = await fetch(filesUrl('directory/big?rows=200000'), { headers: await bearer() });
    expect(response.status).toBe(200);
    const text = await response.text();
    const lines = text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(200_000);
    expect(lines.at(-1)).toBe('199999;ligne numéro 199999');
  });

  test('the public caller goes through as the public identity; a bad token is refused before any subgraph', async () => {
    const anonymous = await fetch(filesUrl('directory/echo'), { method: 'POST', body: 'x' });
    expect(await anonymous.json()).toMatchObject({ role: 'public' });
    const before = seen.length;
    const refused = await fetch(filesUrl('directory/echo'), { method: 'POST', body: 'x', headers: { authorization: 'Bearer abc.def.ghi' } });
    expect(refused.status).toBe(401);
    expect((await errorOf(refused)).extensions.code).toBe('UNAUTHENTICATED');
    expect(seen.length).toBe(before);
  });

  test.each([
    ['a subgraph not in the graph', 'nowhere/export.csv'],
    ['no path inside the subgraph', 'directory'],
    ['a name that is not a service name', '..%2F..%2Fetc/passwd'],
  ])('%s: 404 with a typed error', async (_what, path) => {
    const response = await fetch(filesUrl(path), { headers: await bearer() });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).extensions.code).toBe('NOT_FOUND');
  });

  test('a file above the gateway’s limit is refused with 413, whether its size is declared or not', async () => {
    const declared = await fetch(filesUrl('directory/echo'), { method: 'POST', headers: await bearer(), body: Buffer.alloc(UPLOAD_LIMIT + 1) });
    expect(declared.status).toBe(413);
    expect(await errorOf(declared)).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    const chunks = (async function* () {
      for (let i = 0; i < 20; i += 1) yield Buffer.alloc(100_000);
    })();
    const streamed = await fetch(filesUrl('directory/echo'), {
      method: 'POST', headers: await bearer(), body: ReadableStream.from(chunks), duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  test('a subgraph that fails gives a typed 502; one that cuts mid-file cuts the client too (never a partial file that looks complete)', async () => {
    const refused = await fetch(filesUrl('directory/refuse'), { headers: await bearer() });
    expect(refused.status).toBe(502);
    expect((await errorOf(refused)).extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE' });
    const cut = await fetch(filesUrl('directory/cut'), { headers: await bearer() });
    expect(cut.status).toBe(200);
    await expect(cut.text()).rejects.toThrow();
  });
});

describe('a subgraph built with the kit serves its `files` routes behind the gateway’s identity', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    const definition: SubgraphDefinition = {
      ...structuresSubgraph,
      files: () =>
        express.Router()
          .get('/qui', (req, res) => {
            const { viewer } = fileContext(req);
            res.json({ role: viewer.role, territories: viewer.territories });
          })
          .get('/refus', () => {
            throw new BadUserInputError('Le mois « 2026-13 » n’existe pas.', 'mois');
          })
          .get('/panne', () => {
            throw new Error('SELECT secret FROM people');
          }),
    };
    subgraph = await startTestSubgraph(definition);
  });
  afterAll(async () => {
    await subgraph?.stop();
  });

  const get = async (path: string, token?: string) =>
    fetch(`${subgraph.baseUrl}/files/${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  test('the handler reads the verified viewer', async () => {
    const response = await get('qui', await signIdentity(viewers.facilitator(['38']), 'structures'));
    expect(await response.json()).toEqual({ role: 'facilitator', territories: ['38'] });
  });

  test('no identity, or one signed for another subgraph: 401 before the handler runs', async () => {
    expect((await get('qui')).status).toBe(401);
    expect((await get('qui', await signIdentity(viewers.admin, 'contracts'))).status).toBe(401);
  });

  test('a typed error is answered with its status, code and French message; an unexpected one with 500 and no detail', async () => {
    const refused = await get('refus', await signIdentity(viewers.admin, 'structures'));
    expect(refused.status).toBe(400);
    expect(await errorOf(refused)).toMatchObject({ message: 'Le mois « 2026-13 » n’existe pas.', extensions: { code: 'BAD_USER_INPUT', field: 'mois' } });
    const broken = await get('panne', await signIdentity(viewers.admin, 'structures'));
    expect(broken.status).toBe(500);
    const body = await broken.text();
    expect(body).not.toContain('SELECT');
    expect((JSON.parse(body) as ErrorBody).errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
