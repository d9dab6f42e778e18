import type { RequestHandler, Response } from 'express';
import { Counter, Gauge, type Registry } from 'prom-client';

/** How many GraphQL operations the gateway executes at once, and how long and how many others wait. */
export interface AdmissionOptions {
  /** Operations executed at once (at least 1: with no limit the gateway installs no admission at all). */
  maxOperations: number;
  /** Longest wait for a place; past it the request is refused with `OVERLOADED`. */
  queueTimeoutMs: number;
  /** Requests waiting at most; one more is refused at once with `OVERLOADED`. */
  maxQueued: number;
}

interface Waiting {
  admit: () => void;
  timer: NodeJS.Timeout;
}

export const OVERLOADED_MESSAGE = 'Le hub traite trop de demandes à la fois : réessayez dans un instant.';

/**
 * Admission control of the gateway's GraphQL operations (`GATEWAY_MAX_OPERATIONS`, off by default). Past
 * `maxOperations` in flight, a request waits here, in arrival order, before its token is checked or its body
 * read, so that a burst of clients costs sockets, not memory: the gateway and, behind it, the subgraphs and
 * PostgreSQL work on at most that many operations. A request that waits more than `queueTimeoutMs`, or finds
 * `maxQueued` already waiting, is answered 503 with a `Retry-After` and a typed GraphQL error
 * (`extensions.code` `OVERLOADED`): it was not executed, so a client may send it again as it is, a mutation
 * included. A client that goes away while waiting leaves the queue. The place is given back when the answer is
 * finished or the connection closes, whichever comes first.
 *
 * Measured (issue 21, bench size M, 2 cores, three interleaved pairs per setting): a limit of 16 did not raise
 * the throughput of 64 clients, and a limit of 64 lowered that of 256 clients, because merging identical
 * in-flight subgraph calls (`GATEWAY_SUBGRAPH_DEDUP`) gains from having more of them in flight. Hence no limit
 * by default; set one to bound memory on a small container.
 */
export function createAdmission(options: AdmissionOptions, registry: Registry): RequestHandler {
  let running = 0;
  const queue: Waiting[] = [];
  const refused = new Counter({ name: 'maillage_gateway_admission_refused_total', help: 'Operations refused by the admission control, by reason (wait, queue full)', labelNames: ['reason'] as const, registers: [registry] });
  new Gauge({
    name: 'maillage_gateway_operations',
    help: 'GraphQL operations in the gateway, by state (running, queued for a place)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      this.set({ state: 'running' }, running);
      this.set({ state: 'queued' }, queue.length);
    },
  });

  const refuse = (res: Response, reason: 'timeout' | 'queue_full'): void => {
    refused.inc({ reason });
    if (res.headersSent || res.destroyed) return;
    res
      .status(503)
      .set('retry-after', '1')
      .json({ errors: [{ message: OVERLOADED_MESSAGE, extensions: { code: 'OVERLOADED' } }] });
  };

  const release = (): void => {
    running -= 1;
    const next = queue.shift();
    if (next) next.admit();
  };

  const enter = (res: Response, next: () => void): void => {
    running += 1;
    let released = false;
    const done = (): void => {
      if (released) return;
      released = true;
      release();
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };

  return (_req, res, next) => {
    if (running < options.maxOperations && queue.length === 0) return enter(res, next);
    if (queue.length >= options.maxQueued) return refuse(res, 'queue_full');
    const waiting: Waiting = {
      admit: () => {
        clearTimeout(waiting.timer);
        res.off('close', leave);
        enter(res, next);
      },
      timer: setTimeout(() => {
        remove();
        refuse(res, 'timeout');
      }, options.queueTimeoutMs),
    };
    const remove = (): void => {
      const index = queue.indexOf(waiting);
      if (index >= 0) queue.splice(index, 1);
      res.off('close', leave);
    };
    // The client went away while waiting: its place in the queue goes to nobody, its request is never run.
    const leave = (): void => {
      clearTimeout(waiting.timer);
      remove();
    };
    res.once('close', leave);
    queue.push(waiting);
  };
}
