import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { RequestHandler, Response } from 'express';
import { PUBLIC_VIEWER, type IdentitySigner, type Viewer } from '@maillage/access';
import { requestIdFrom, type Logger } from '@maillage/service-runtime';

export interface FileForwarderOptions {
  /** The routing URL of a subgraph (its `/graphql` URL), or undefined for a name not in the graph. */
  routeOf(subgraph: string): string | undefined;
  signer: IdentitySigner;
  /** Deadline for the whole exchange (an export of 100,000 rows takes a while). */
  timeoutMs: number;
  /** Largest request body accepted (an uploaded spreadsheet). */
  maxUploadBytes: number;
  logger: Logger;
  viewerOf(req: Parameters<RequestHandler>[0]): Viewer | undefined;
}

/** Request headers passed to the subgraph: nothing else (no cookie, no user token, no hop-by-hop header). */
const REQUEST_HEADERS = ['content-type', 'content-length', 'accept', 'accept-language', 'idempotency-key'];
/** Response headers passed back to the client. */
const RESPONSE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-request-id'];

function fail(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(status).set('cache-control', 'no-store').json({ errors: [{ message, extensions: { code } }] });
}

/**
 * `/files/<subgraph>/<path>` → the subgraph's own `/files/<path>`: exports, uploaded spreadsheets, PDFs,
 * streamed both ways (never held in memory), with the internal identity the gateway signs for that
 * subgraph alone, as for a GraphQL call. The subgraph's access table decides what the viewer gets.
 */
export function createFileForwarder(options: FileForwarderOptions): RequestHandler {
  const tooLarge = `Le fichier dépasse la taille maximale acceptée (${Math.floor(options.maxUploadBytes / 1_000_000)} Mo).`;
  return (req, res) => {
    const match = /^\/([a-z][a-z0-9-]{0,62})(\/[^?]*)?(\?.*)?$/.exec(req.url);
    const route = match ? options.routeOf(match[1]!) : undefined;
    if (!match || !route || !match[2] || match[2] === '/') {
      fail(res, 404, 'NOT_FOUND', 'Aucun service de fichiers à cette adresse.');
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > options.maxUploadBytes) {
      req.resume();
      fail(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge);
      return;
    }
    const subgraph = match[1]!;
    const target = new URL(route);
    target.pathname = `/files${match[2]}`;
    target.search = match[3] ?? '';
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const viewer = options.viewerOf(req) ?? PUBLIC_VIEWER;
    options.signer.sign(viewer, subgraph).then((token) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'x-request-id': requestId };
      for (const name of REQUEST_HEADERS) {
        const value = (req.headers as IncomingHttpHeaders)[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const upstream = send(target, { method: req.method, headers, signal: AbortSignal.timeout(options.timeoutMs) }, (answer) => {
        const out: Record<string, string> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
        for (const name of RESPONSE_HEADERS) {
          const value = answer.headers[name];
          if (typeof value === 'string') out[name] = value;
        }
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
        // A subgraph that cuts the connection mid-file (its own error) cuts the client's too: no partial
        // file that looks complete.
        answer.on('aborted', () => res.destroy());
        answer.on('error', () => res.destroy());
      });
      let received = 0;
      req.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > options.maxUploadBytes) {
          upstream.destroy();
          req.unpipe(upstream);
          req.resume();
          fail(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge);
        }
      });
      upstream.on('error', (error: Error) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
        options.logger.warn({ subgraph, requestId, reason: timedOut ? 'timeout' : error.message }, 'file route: subgraph failed');
        if (received > options.maxUploadBytes) return;
        fail(
          res,
          timedOut ? 504 : 502,
          'SUBGRAPH_UNAVAILABLE',
          timedOut ? `Le service ${subgraph} n’a pas répondu à temps.` : `Le service ${subgraph} est indisponible.`,
        );
      });
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy();
      });
      req.pipe(upstream);
    }, (error: unknown) => {
      options.logger.error({ err: error, subgraph, requestId }, 'file route: could not sign the identity');
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Erreur interne.');
    });
  };
}
