import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { percentile, runWindow, summarise, type LoadOptions, type Window } from './load';
import type { Scenario, ScenarioData } from './scenarios';

const window = (latencies: number[], seconds: number, overrides: Partial<Window> = {}): Window => ({
  latencies, errors: 0, lost: 0, unfinished: 0, seconds, ...overrides,
});

describe('a run made of several windows (the batch’s rounds)', () => {
  it('takes its percentiles over every window’s latencies and its throughput over their summed time', () => {
    const result = summarise(16, [window([300, 100], 2), window([200, 400, 500], 3)]);
    expect(result).toMatchObject({ concurrency: 16, requests: 5, p50: 300, p95: 500, p99: 500, seconds: 5, throughput: 1 });
  });

  it('sums the failures of every window and keeps the first error said', () => {
    const result = summarise(64, [
      window([10], 1, { errors: 1, firstError: 'HTTP 500: first' }),
      window([], 1, { errors: 2, lost: 1, unfinished: 3, firstError: 'HTTP 502: second' }),
    ]);
    expect(result).toMatchObject({ requests: 1, errors: 3, timeouts: 1, unfinished: 3, firstError: 'HTTP 500: first' });
  });

  it('reports a run with no completed request as such, not as a crash', () => {
    const result = summarise(64, [window([], 0)]);
    expect(result.requests).toBe(0);
    expect(result.throughput).toBe(0);
    expect(Number.isNaN(result.p50)).toBe(true);
    expect(result).not.toHaveProperty('firstError');
  });

  it('is the same as one window when there is one', () => {
    const latencies = [5, 1, 4, 2, 3];
    const result = summarise(1, [window([...latencies], 2.5)]);
    const sorted = [...latencies].sort((a, b) => a - b);
    expect(result).toMatchObject({ p50: percentile(sorted, 50), p95: percentile(sorted, 95), throughput: 2 });
  });
});

describe('a measured window on a real HTTP server (each answer 40 ms after its request)', () => {
  let server: Server;
  let url: string;
  let connections = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => setTimeout(() => res.end('{"data":{}}'), 40));
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    connections = 0;
  });

  const scenario: Scenario = { name: 'probe', title: 'probe', needsBeneficiaries: false, query: '{ ok }', variables: () => ({}) };
  const options = (overrides: Partial<LoadOptions>): LoadOptions => ({
    url, token: 't', scenario, query: scenario.query, data: {} as ScenarioData, concurrency: 4, pageSize: 1,
    samples: 20, maxSeconds: 30, warmupSeconds: 0.3, seed: 1, ...overrides,
  });

  it('opens on the running loop after the warm-up: the answers to requests sent during it count, on the same connections', async () => {
    const events: string[] = [];
    const window = await runWindow(options({ onMeasureStart: () => events.push('start'), onMeasureEnd: () => events.push('end') }));
    // Every client had a request in flight when the window opened (a drained warm-up would give 0 and 8 connections).
    expect(window.carriedOver).toBe(4);
    expect(connections).toBe(4);
    // It closes at its 20th completed request; the other three clients' requests then still running are unfinished.
    expect(window.latencies).toHaveLength(20);
    expect(window.unfinished).toBe(3);
    expect(events).toEqual(['start', 'end']);
  });

  it('lasts its minimum duration even when its samples came sooner', async () => {
    const window = await runWindow(options({ samples: 2, minSeconds: 0.3, warmupSeconds: 0 }));
    expect(window.seconds).toBeGreaterThanOrEqual(0.3);
    expect(window.latencies.length).toBeGreaterThan(2);
  });

  it('runs a fixed amount to its last answer, with no warm-up, every request counted', async () => {
    const window = await runWindow(options({ amount: 10 }));
    expect(window).toMatchObject({ carriedOver: 0, unfinished: 0, errors: 0, lost: 0 });
    expect(window.latencies).toHaveLength(10);
  });
});
