import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { extname, join, normalize, sep } from 'node:path';
import type { PortalConfig } from './config';
import { serveReportFile } from './report-files';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers passed to the gateway (nothing else: no cookies, no hop-by-hop headers). */
const FORWARDED = [
  'authorization', 'content-type', 'content-length', 'accept', 'x-request-id', 'idempotency-key', 'apollo-require-preflight', 'graphql-preflight',
];
/** Headers passed back to the browser. */
const RETURNED = ['content-type', 'content-length', 'content-disposition'];

/**
 * The portal's process: the built single-page application, and `/graphql` and `/files/…` (exports,
 * uploads) forwarded to the gateway, on one
 * origin (no CORS, the token never crosses origins). The embeddable look-up (`/integrer/…`) may be framed by
 * any site; every other page refuses to be framed.
 */
export function createPortalServer(config: PortalConfig, publicDir: string): Server {
  // Read on each page load (a small file): a rebuild is picked up without restarting the process.
  const indexFile = join(publicDir, 'index.html');
  const readIndex = () => (existsSync(indexFile) ? readFileSync(indexFile) : undefined);
  const issuerOrigin = new URL(config.client.oidc.authority).origin;
  const csp = (framable: 'any' | 'self' | 'none') =>
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src 'self' ${issuerOrigin}`,
      `frame-src 'self' ${issuerOrigin}`,
      "object-src 'none'",
      "base-uri 'self'",
      `frame-ancestors ${framable === 'any' ? '*' : framable === 'self' ? "'self'" : "'none'"}`,
    ].join('; ');
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  };

  function sendIndex(req: IncomingMessage, res: ServerResponse): void {
    const index = readIndex();
    if (!index) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('Le portail n’est pas construit (npm run build).');
      return;
    }
    // The look-up may be embedded anywhere; the silent renewal page only in the portal itself; nothing else.
    const url = req.url ?? '';
    const framable = url === '/integrer' || url.startsWith('/integrer/') || url.startsWith('/integrer?') ? 'any' : url.startsWith('/connexion/silencieuse') ? 'self' : 'none';
    res.writeHead(200, {
      ...common,
      'content-type': TYPES['.html']!,
      'cache-control': 'no-cache',
      'content-security-policy': csp(framable),
    });
    res.end(req.method === 'HEAD' ? undefined : index);
  }

  function proxy(req: IncomingMessage, res: ServerResponse, path: string): void {
    const target = new URL(config.gatewayUrl);
    // `/files/…` lives next to the gateway's `/graphql`.
    if (path.startsWith('/files/')) target.pathname = target.pathname.replace(/\/graphql$/, '') + path;
    const query = (req.url ?? '').indexOf('?');
    if (query >= 0) target.search = (req.url ?? '').slice(query);
    const headers: Record<string, string> = {};
    for (const name of FORWARDED) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send(target, { method: req.method, headers, timeout: config.gatewayTimeoutMs }, (answer) => {
      const out: Record<string, string | string[]> = { ...common, 'cache-control': 'no-store' };
      for (const name of RETURNED) {
        const value = answer.headers[name];
        if (value !== undefined) out[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
    });
    const fail = () => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'the gateway is unreachable', extensions: { code: 'GATEWAY_UNAVAILABLE' } }] }));
      } else {
        res.destroy();
      }
    };
    upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
    upstream.on('error', fail);
    req.pipe(upstream);
  }

  return createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (path === '/graphql' || path.startsWith('/files/')) return proxy(req, res, (req.url ?? '/').split('?')[0]!);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const reportFile = /^\/bilans\/fichier\.(pdf|csv|xlsx)$/.exec(path);
    if (reportFile) {
      const self = `http://127.0.0.1:${(req.socket.localPort ?? config.port).toString()}`;
      serveReportFile(config, req, res, reportFile[1]!, self).catch(() => {
        if (res.headersSent) res.destroy();
        else res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Le bilan n’a pas pu être produit.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      });
      return;
    }
    if (path === '/health' || path === '/ready') {
      const index = existsSync(indexFile);
      res.writeHead(index ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: index ? 'ok' : 'not built', service: 'portal' }));
      return;
    }
    if (path === '/config.json') {
      res.writeHead(200, { ...common, 'content-type': TYPES['.json']!, 'cache-control': 'no-cache' });
      res.end(JSON.stringify(config.client));
      return;
    }
    const file = normalize(join(publicDir, path));
    if (path !== '/' && file.startsWith(publicDir + sep) && existsSync(file) && statSync(file).isFile()) {
      const immutable = path.startsWith('/assets/');
      res.writeHead(200, {
        ...common,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return;
    }
    if (path.startsWith('/assets/')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('introuvable');
      return;
    }
    // Every other path is a page of the single-page application.
    sendIndex(req, res);
  });
}
