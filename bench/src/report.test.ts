import type { MeasuredRun } from './run';
import { renderMarkdown, type BenchReport } from './report';

const run = (overrides: Partial<MeasuredRun>): MeasuredRun => ({
  concurrency: 64, requests: 0, p50: NaN, p95: NaN, p99: NaN, throughput: 0, errors: 0, timeouts: 3, unfinished: 64, seconds: 30,
  loadBefore: 0.2, foreignCores: 0.05, accepted: true, cpuMsPerRequest: { gateway: NaN, postgres: NaN }, ...overrides,
});

function report(): BenchReport {
  return {
    size: 'M', label: 'one region', seed: 1, startedAt: '2026-12-01T23:00:00Z',
    machine: { cpus: 2, model: 'test', memoryGb: 24, loadAverage: [0.1, 0.1, 0.1], node: 'v24.21.0' },
    dedup: true, method: { samples: 500, maxSeconds: 30, warmupSeconds: 3 },
    generation: { seconds: 1, rows: {}, bytes: {}, statements: 0 },
    ours: [{ scenario: 'dashboard', title: 'Dashboard', runs: [run({}), run({ concurrency: 16, accepted: false, foreignCores: 1.2 })] }],
    hive: [{ scenario: 'dashboard', title: 'Dashboard', runs: [run({ requests: 10, p50: 100, p95: 200, p99: 300, throughput: 1 })] }],
    statements: [], floor: [], memory: {}, notes: [],
  };
}

describe('the benchmark report', () => {
  test('prints a scenario that completed no request, even read back from results.json (NaN becomes null)', () => {
    const stored = JSON.parse(JSON.stringify(report())) as BenchReport;
    const markdown = renderMarkdown(stored);
    expect(markdown).toContain('| dashboard | 64 | – | – | – | 0.0 | 0 | 0 | 3 | 64 |');
    expect(markdown).toContain('Node v24.21.0');
    expect(markdown).toContain('in-flight dedup ON for both gateways');
  });

  test('prints why a run was refused instead of its figures', () => {
    const markdown = renderMarkdown(report());
    expect(markdown).toContain('refused: machine busy (other processes used 1.20 cores during the run; load average before 0.2)');
    expect(markdown).toContain('1 run(s) refused');
  });
});
