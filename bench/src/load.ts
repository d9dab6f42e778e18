import autocannon from 'autocannon';
import { createRandom } from './prng';
import type { Scenario, ScenarioData } from './scenarios';

export interface LoadResult {
  concurrency: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests per second. */
  throughput: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface LoadOptions {
  url: string;
  token: string;
  scenario: Scenario;
  query: string;
  data: ScenarioData;
  concurrency: number;
  pageSize: number;
  /** Seconds of load, or a number of requests (mutations). */
  duration?: number;
  amount?: number;
  seed: number;
}

/** One autocannon run: fresh variables for each request, latencies of every response kept for p95. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const random = createRandom(options.seed);
  const latencies: number[] = [];
  let failures = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon({
    url: options.url,
    connections: options.concurrency,
    pipelining: 1,
    timeout: 60,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 8 }),
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: options.query, variables: options.scenario.variables(options.data, random, options.pageSize) }),
        }),
      },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)));
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode !== 200) failures++;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const seconds = result.duration;
  return {
    concurrency: options.concurrency,
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    throughput: latencies.length / seconds,
    errors: failures + result.errors + result.timeouts,
  };
}

/** One request, checked: a scenario that answers GraphQL errors is reported, not timed blindly. */
export async function probe(url: string, token: string, query: string, variables: Record<string, unknown>,
  headers: Record<string, string> = {}): Promise<{ ok: boolean; detail: string; headers: Headers; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const ok = response.ok && !body.errors?.length;
  const detail = ok ? 'ok' : `HTTP ${response.status}: ${body.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ').slice(0, 300)}`;
  return { ok, detail, headers: response.headers, body };
}
