import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one process, served at `GET /metrics`. Labels never carry personal data. */
export interface Metrics {
  registry: Registry;
  /** Counts and times GraphQL operations (by operation name) and their errors (by code). */
  plugin: ApolloServerPlugin;
  handler: RequestHandler;
  /** Time of calls to each subgraph (gateway). */
  subgraphFetch: Histogram<'subgraph' | 'outcome'>;
}

/** Database pool figures, read when Prometheus scrapes. */
export interface PoolUsage {
  used: number;
  free: number;
  pending: number;
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names are chosen by clients: cap the distinct values so a client cannot blow up the label set. */
const MAX_OPERATION_LABELS = 200;

export function createMetrics(service: string, options: { pool?: () => PoolUsage } = {}): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'maillage_' });
  const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  const operations = new Histogram({
    name: 'maillage_graphql_operation_duration_seconds',
    help: 'GraphQL operations, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'maillage_graphql_errors_total',
    help: 'Errors returned to clients, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const subgraphFetch = new Histogram({
    name: 'maillage_subgraph_fetch_duration_seconds',
    help: 'Calls from the gateway to a subgraph, by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets,
    registers: [registry],
  });
  if (options.pool) {
    const pool = options.pool;
    new Gauge({
      name: 'maillage_db_pool_connections',
      help: 'Database pool connections, by state (used, free, pending acquisitions)',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const usage = pool();
        this.set({ state: 'used' }, usage.used);
        this.set({ state: 'free' }, usage.free);
        this.set({ state: 'pending' }, usage.pending);
      },
    });
  }

  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (!seen.has(name) && seen.size >= MAX_OPERATION_LABELS) return '(other)';
    seen.add(name);
    return name;
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const stop = operations.startTimer();
      return {
        async willSendResponse({ response, operation, operationName }) {
          stop({ operation: operationLabel(operation?.name?.value ?? operationName), type: operation?.operation ?? 'invalid' });
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          for (const error of result?.errors ?? []) {
            const code = error.extensions?.code;
            errors.inc({ code: typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'UNKNOWN' });
          }
        },
      };
    },
  };

  const handler: RequestHandler = (_req, res, next) => {
    registry.metrics().then((text) => {
      res.type(registry.contentType).send(text);
    }, next);
  };
  return { registry, plugin, handler, subgraphFetch };
}
