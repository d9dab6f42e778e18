import { Agent as HttpAgent, request as httpRequest, type ClientRequestArgs, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';

/**
 * The header `SubgraphDataSource` sets on a query (never a mutation) whose answer may be shared with an
 * identical call in flight. The fetcher removes it: it never reaches a subgraph.
 */
export const SHAREABLE_HEADER = 'x-maillage-shareable';

export interface SubgraphHttpOptions {
  /** Keep-alive connections per subgraph: beyond, calls wait for a free one instead of opening more. */
  connections: number;
  /** Merge identical in-flight queries (same URL, same identity, same body). */
  dedup: boolean;
}

/**
 * A subgraph's answer, whole. The callers of a merged call receive the same object: they read it and never
 * change it (`SubgraphDataSource` parses its own copy of the body).
 */
export interface SubgraphAnswer {
  status: number;
  statusText: string;
  /** Name and value pairs as received (names as the subgraph spelled them). */
  headers: [string, string][];
  body: Buffer;
}

/** One call to a subgraph: header names in lower case (the object is the callee's to change). */
export interface SubgraphCall {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** Sends one call and resolves with the whole answer; errors keep `fetch`'s shape (`TimeoutError`/`AbortError`). */
export type SubgraphSend = (url: URL, call: SubgraphCall) => Promise<SubgraphAnswer>;

function responseHeadersOf(message: IncomingMessage): [string, string][] {
  const headers: [string, string][] = [];
  for (let i = 0; i < message.rawHeaders.length; i += 2) headers.push([message.rawHeaders[i]!, message.rawHeaders[i + 1]!]);
  return headers;
}

/** The longest a kept-alive connection to a subgraph waits idle, when the subgraph announces no shorter one. */
const IDLE_CONNECTION_MAX_MS = 30_000;

/**
 * The subgraphs' HTTP client: a keep-alive pool sized for them (Node's `http.Agent`), which merges
 * identical in-flight queries. The merge key holds the Authorization header — the internal identity signed
 * for one viewer and one subgraph — so two viewers never share an answer; mutations are never marked
 * shareable, so they are never merged. Errors keep `fetch`'s shape: `TimeoutError`/`AbortError` names.
 */
export function createSubgraphHttp(options: SubgraphHttpOptions): {
  /** One call, without a `Request` or `Response` object on either side. */
  send: SubgraphSend;
  /** Closes idle kept-alive connections to any origin but these URLs' (a subgraph left the supergraph). */
  retain(urls: string[]): void;
  close(): void;
} {
  // `timeout` bounds how long a connection waits idle in the pool, and lets Node's agent honour the subgraph's
  // `Keep-Alive: timeout=N` (it then closes an idle connection a second before the subgraph does; with no
  // timeout of its own, the agent ignores the hint). Without it, a call sent on a connection the subgraph was
  // closing failed: a query is sent once more (below), a write is not. At size L one batch in 256 most likely
  // failed that way (SUBGRAPH_UNAVAILABLE, unreachable), its round sent after a pause longer than the 5 s of
  // the subgraphs' Node server.
  const agentOptions = { keepAlive: true, maxSockets: options.connections, maxFreeSockets: options.connections, scheduling: 'lifo' as const,
    timeout: IDLE_CONNECTION_MAX_MS };
  const http = new HttpAgent(agentOptions);
  const https = new HttpsAgent(agentOptions);
  const inFlight = new Map<string, Promise<SubgraphAnswer>>();
  /** Origins of the supergraph being served (`host:port:`); undefined until a supergraph says. */
  let retained: string[] | undefined;
  const isRetained = (poolName: string) => !retained || retained.some((prefix) => poolName.startsWith(prefix));
  for (const agent of [http, https]) {
    // Runs after the agent's own listener has put the socket back in its pool.
    agent.on('free', (socket: Socket, request: ClientRequestArgs) => {
      if (!isRetained(agent.getName(request))) socket.destroy();
    });
  }

  const send = (url: URL, method: string, headers: Record<string, string>, body: string | undefined, signal: AbortSignal | undefined,
    retryStale: boolean): Promise<SubgraphAnswer> =>
    new Promise<SubgraphAnswer>((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const req = (secure ? httpsRequest : httpRequest)(url, { method, headers, agent: secure ? https : http }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, statusText: res.statusMessage ?? '', headers: responseHeadersOf(res), body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      const abort = () => req.destroy(signal?.reason instanceof Error ? signal.reason : Object.assign(new Error('aborted'), { name: 'AbortError' }));
      if (signal?.aborted) abort();
      signal?.addEventListener('abort', abort, { once: true });
      req.on('close', () => signal?.removeEventListener('abort', abort));
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the subgraph closed as it was reused: the query never reached it; send it once
        // more on a fresh connection. Only queries: a mutation is never sent twice.
        if (retryStale && req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE') && !signal?.aborted) {
          send(url, method, headers, body, signal, false).then(resolve, reject);
        } else reject(error);
      });
      req.end(body);
    });

  const subgraphSend: SubgraphSend = (url, { method, headers, body, signal }) => {
    const shareable = headers[SHAREABLE_HEADER] === '1';
    delete headers[SHAREABLE_HEADER];
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    if (!options.dedup || !shareable) return send(url, method, headers, body, signal, shareable);
    const key = `${url.href}\n${headers.authorization ?? ''}\n${body ?? ''}`;
    let answer = inFlight.get(key);
    if (!answer) {
      answer = send(url, method, headers, body, signal, true);
      inFlight.set(key, answer);
      const forget = () => inFlight.delete(key);
      answer.then(forget, forget);
    }
    return answer;
  };

  return {
    send: subgraphSend,
    retain: (urls) => {
      // Node's agents name a pool `host:port:…`. Idle connections to an origin that left go now; one in use
      // goes when its call ends and it comes back to the pool (the 'free' listener below).
      retained = urls.map((url) => new URL(url)).map((url) => `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}:`);
      for (const agent of [http, https]) {
        for (const [name, sockets] of Object.entries(agent.freeSockets)) {
          if (!isRetained(name)) sockets?.forEach((socket) => socket.destroy());
        }
      }
    },
    close: () => {
      http.destroy();
      https.destroy();
    },
  };
}

/** True for a query operation (the only kind whose identical calls may be merged); never for a mutation. */
export function isQueryOperation(query: string): boolean {
  return /^\s*(query\b|\{)/.test(query);
}
