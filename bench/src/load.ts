import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createRandom } from './prng';
import type { Scenario, ScenarioData } from './scenarios';

export interface LoadResult {
  concurrency: number;
  /** Completed requests (HTTP 200, no GraphQL error): the samples of the percentiles. */
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second of the measured window. */
  throughput: number;
  /** Answers that were not a complete success (HTTP error, GraphQL errors). */
  errors: number;
  /** Requests with no answer within the request timeout (60 s): lost. */
  timeouts: number;
  /** Requests still running when the window closed: counted as timeouts of this run, drained before the next. */
  unfinished: number;
  /** Seconds of the measured window (warm-up excluded). */
  seconds: number;
  /** The first error answer of the run (status and the start of its body), to say what failed. */
  firstError?: string;
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
  /** The run stops at `samples` completed requests (once it has lasted `minSeconds`) or `maxSeconds`, whichever comes first. */
  samples: number;
  maxSeconds: number;
  minSeconds?: number;
  /** A fixed number of requests instead (mutations: each declares fresh lines). */
  amount?: number;
  /** Seconds of discarded warm-up at the same concurrency, on the same clients (not drained: the window opens on the running loop). */
  warmupSeconds: number;
  seed: number;
  /** Called when the warm-up ends and the measured window opens. */
  onMeasureStart?: () => void;
  /** Called when the measured window closes, before the requests still running are drained. */
  onMeasureEnd?: () => void;
  /** A request with no answer after this many seconds is a timeout. */
  timeoutSeconds?: number;
}

interface Outcome {
  ok: boolean;
  ms: number;
  detail?: string;
}

function send(agent: Agent, url: URL, token: string, body: string, timeoutMs: number): Promise<Outcome | 'timeout'> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        // A GraphQL error (a subgraph down, a refused field) is not a completed request.
        const ok = res.statusCode === 200 && !text.includes('"errors"');
        resolve({ ok, ms: performance.now() - started, detail: ok ? undefined : `HTTP ${res.statusCode}: ${text.slice(0, 200)}` });
      });
      res.on('error', (error) => resolve({ ok: false, ms: performance.now() - started, detail: error.message }));
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve('timeout');
    });
    req.on('error', (error) => resolve({ ok: false, ms: performance.now() - started, detail: error.message }));
    req.end(body);
  });
}

interface Limit {
  /** Seconds of discarded load before the measured window opens, on the same clients and connections. */
  warmupSeconds: number;
  /** The window closes after this many seconds… */
  seconds: number;
  /** …or once it has this many completed requests and has lasted `minSeconds`. */
  samples?: number;
  minSeconds?: number;
  /** A fixed number of requests instead (the batch): the window lasts until the last is answered. */
  amount?: number;
}

/**
 * A closed loop of `concurrency` clients: first `limit.warmupSeconds` of discarded load, then the measured
 * window, opened on the loop as it runs (no drain in between). What is counted is what completes inside the
 * window — a request sent during the warm-up and answered inside the window included — so that the window sees
 * the hub in its steady state at every concurrency. Until 3 December 2026 the warm-up was drained and the
 * window started from an idle hub: no request completed during its first latency (about 200 ms at c=64 against
 * 60 ms at c=16 for the look-up at L), so in a window of 500 samples (under 2 s for the look-up) c=64 was
 * undercounted by about 10 % and c=16 by about 3 % — a bias against « c=64 not below c=16 » (issue 21).
 * Requests still running when the window closes are counted as unfinished (timeouts of this run) and awaited
 * before this function returns, so the next run starts on an idle hub. Fresh variables for every request:
 * nothing a cache or an in-flight merge could answer twice.
 */
async function window(options: LoadOptions, random: ReturnType<typeof createRandom>, agent: Agent, limit: Limit) {
  const url = new URL(options.url);
  const latencies: number[] = [];
  let errors = 0;
  let lost = 0;
  let unfinished = 0;
  let carriedOver = 0;
  let firstError: string | undefined;
  let started = 0;
  // The window: opened when the warm-up ends (at once for a fixed amount, which has none), closed when the
  // first client finds it closed (a fixed amount: when its last request is answered).
  let openedAt = 0;
  let closedAt = 0;
  const openWindow = () => {
    openedAt = performance.now();
    options.onMeasureStart?.();
  };
  const closeWindow = () => {
    if (closedAt) return;
    closedAt = performance.now();
    options.onMeasureEnd?.();
  };
  let warmup: NodeJS.Timeout | undefined;
  if (limit.amount === undefined && limit.warmupSeconds > 0) warmup = setTimeout(openWindow, limit.warmupSeconds * 1000);
  else openWindow();
  const open = () => {
    if (closedAt) return false;
    if (!openedAt) return true;
    if (limit.amount !== undefined) return started < limit.amount;
    const elapsed = (performance.now() - openedAt) / 1000;
    const enough = limit.samples !== undefined && latencies.length >= limit.samples && elapsed >= (limit.minSeconds ?? 0);
    return elapsed < limit.seconds && !enough;
  };
  const client = async () => {
    while (open()) {
      started++;
      const sentAt = performance.now();
      const body = JSON.stringify({ query: options.query, variables: options.scenario.variables(options.data, random, options.pageSize) });
      const outcome = await send(agent, url, options.token, body, (options.timeoutSeconds ?? 60) * 1000);
      // Answered during the warm-up: discarded.
      if (!openedAt) continue;
      if (closedAt && limit.amount === undefined) {
        // Answered after the window closed: it did not complete within the run.
        unfinished++;
        continue;
      }
      if (sentAt < openedAt) carriedOver++;
      if (outcome === 'timeout') lost++;
      else if (outcome.ok) latencies.push(outcome.ms);
      else {
        errors++;
        firstError ??= outcome.detail;
      }
    }
    // A timed window closes when the first client finds it closed. A run of a fixed amount (the batch) lasts
    // until its last request is answered: every one of them counts, so the throughput is amount ÷ that time
    // (closing at the first client's exit divided 64 requests by the time of the first answer).
    if (limit.amount === undefined) closeWindow();
  };
  const clients = Array.from({ length: options.concurrency }, () => client());
  await Promise.all(clients);
  clearTimeout(warmup);
  closeWindow();
  return { latencies, errors, lost, unfinished, carriedOver, firstError, seconds: (closedAt - openedAt) / 1000 };
}

/** What one measured window saw, before it is summarised (several windows may make one run: the batch's rounds). */
export interface Window {
  latencies: number[];
  errors: number;
  lost: number;
  unfinished: number;
  /** Answers counted in the window to requests sent during the warm-up (none from an idle start). */
  carriedOver?: number;
  firstError?: string;
  seconds: number;
}

/** One run's figures from its windows: every latency in the percentiles, the throughput over their summed time. */
export function summarise(concurrency: number, windows: Window[]): LoadResult {
  const latencies = windows.flatMap((w) => w.latencies).sort((a, b) => a - b);
  const seconds = windows.reduce((sum, w) => sum + w.seconds, 0);
  const firstError = windows.find((w) => w.firstError)?.firstError;
  return {
    concurrency,
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    throughput: seconds > 0 ? latencies.length / seconds : 0,
    errors: windows.reduce((sum, w) => sum + w.errors, 0),
    timeouts: windows.reduce((sum, w) => sum + w.lost, 0),
    unfinished: windows.reduce((sum, w) => sum + w.unfinished, 0),
    ...(firstError ? { firstError } : {}),
    seconds,
  };
}

/** One measured window after a discarded warm-up on the same clients (none for a fixed amount: each request declares fresh lines). */
export async function runWindow(options: LoadOptions): Promise<Window> {
  const random = createRandom(options.seed);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  try {
    return await window(options, random, agent, options.amount
      ? { warmupSeconds: 0, seconds: 600, amount: options.amount }
      : { warmupSeconds: options.warmupSeconds, seconds: options.maxSeconds, samples: options.samples, ...(options.minSeconds ? { minSeconds: options.minSeconds } : {}) });
  } finally {
    agent.destroy();
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  return summarise(options.concurrency, [await runWindow(options)]);
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
