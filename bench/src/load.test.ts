import { percentile, summarise, type Window } from './load';

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
