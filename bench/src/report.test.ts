import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MeasuredRun } from './run';
import { goalsTable, rankTestBelow, renderMarkdown, renderStoredReports, repeatOrder, repeatRounds, smallestRankTestP, writeReport, type BenchReport } from './report';

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

describe('the rank test that says whether a miss on the medians is beyond the spread of the runs', () => {
  test('3 runs against 3: 1/20 when every run is below, 2/20 when one pair is the other way round, more as they cross', () => {
    expect(rankTestBelow([1, 2, 3], [4, 5, 6])).toBeCloseTo(1 / 20, 10);
    expect(rankTestBelow([1, 2, 5], [4, 6, 7])).toBeCloseTo(2 / 20, 10);
    // 1 < 2, 4, 6; 3 < 4, 6; 5 < 6: 6 pairs of 9 below, which 7 splits of the 20 reach or pass.
    expect(rankTestBelow([1, 3, 5], [2, 4, 6])).toBeCloseTo(7 / 20, 10);
    expect(rankTestBelow([4, 5, 6], [1, 2, 3])).toBe(1);
  });

  test('ties count half, sizes may differ, and the order of the runs does not matter', () => {
    // Every value equal: every split has the same count, so nothing is beyond chance.
    expect(rankTestBelow([5, 5], [5, 5, 5])).toBe(1);
    // 2 runs against 4, both below every one: 1 split in C(6, 2) = 15.
    expect(rankTestBelow([2, 1], [9, 7, 8, 6])).toBeCloseTo(1 / 15, 10);
    expect(rankTestBelow([3, 1, 2], [6, 4, 5])).toBeCloseTo(rankTestBelow([1, 2, 3], [4, 5, 6]), 10);
    // One tie at the boundary: 8.5 pairs of 9, which 2 splits of the 20 reach (either 3 with 1 and 2).
    expect(rankTestBelow([1, 2, 3], [3, 4, 5])).toBeCloseTo(2 / 20, 10);
    expect(rankTestBelow([], [1])).toBeNaN();
    expect(smallestRankTestP(3, 3)).toBeCloseTo(1 / 20, 10);
    expect(smallestRankTestP(2, 2)).toBeCloseTo(1 / 6, 10);
    expect(smallestRankTestP(4, 4)).toBeCloseTo(1 / 70, 10);
  });

  test('names the order of the repeated runs as run.ts makes them, whatever their number', () => {
    expect(repeatRounds(4)).toEqual([[64, 16], [16, 64], [64, 16], [16, 64]]);
    expect(repeatOrder(1)).toBe('64, 16');
    expect(repeatOrder(2)).toBe('64, 16, then 16, 64');
    expect(repeatOrder(3)).toBe('64, 16, then 16, 64, then 64, 16');
  });
});

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

  test('judges the goals from the figures: what misses a goal is named with its figure; a refused run leaves it unjudged', () => {
    const full = (scenario: string, rows: Partial<MeasuredRun>[]) => ({ scenario, title: scenario, runs: rows.map((r) => run({ timeouts: 0, unfinished: 0, ...r })) });
    const cpu = (gateway: number) => ({ gateway, contracts: 30, postgres: 10 });
    const measured: BenchReport = {
      ...report(), size: 'S',
      ours: [full('dashboard', [
        { concurrency: 1, requests: 500, p50: 40, p95: 60, throughput: 20, cpuMsPerRequest: cpu(10) },
        { concurrency: 16, requests: 500, p50: 400, p95: 600, throughput: 40, cpuMsPerRequest: cpu(10) },
        { concurrency: 64, requests: 500, p50: 1000, p95: 1500, throughput: 38, errors: 2, cpuMsPerRequest: cpu(20) },
      ])],
      hive: [full('dashboard', [
        { concurrency: 16, requests: 500, throughput: 30 }, { concurrency: 64, requests: 500, throughput: 45 },
      ])],
      floor: [{ scenario: 'dashboard', p50: 10, p95: 20, note: '' }],
    };
    const goals = goalsTable(measured).join('\n');
    expect(goals).toContain('| No request lost at c=64 (errors + timeouts) | **not met** | dashboard: 2 errors, 0 timeouts |');
    expect(goals).toContain('| Throughput at c=64 not below c=16 | **not met** | dashboard: 38.0 < 40.0 req/s |');
    expect(goals).toContain('| Ours ≥ Hive Gateway in throughput at c=16 and c=64 | **not met** | dashboard c=64: 38.0 vs 45.0 req/s (0.84) |');
    expect(goals).toContain('| Dashboard and report p50 at c=1 within 3× the SQL alone | **not met** | dashboard: 40 ms = 4.0× 10 ms |');
    expect(goals).toContain('| Gateway CPU ≤ 25 % of the total, every run | **not met** | dashboard: 33 % at c=64 |');
    const quiet = { ...measured, ours: [full('dashboard', [
      { concurrency: 1, requests: 500, p50: 25, p95: 60, throughput: 20, cpuMsPerRequest: cpu(5) },
      { concurrency: 16, requests: 500, throughput: 40, cpuMsPerRequest: cpu(5) },
      { concurrency: 64, requests: 500, throughput: 46, cpuMsPerRequest: cpu(5), accepted: false, foreignCores: 0.9 },
    ])] };
    const judged = goalsTable(quiet).join('\n');
    expect(judged).toContain('| Dashboard and report p50 at c=1 within 3× the SQL alone | met | – |');
    expect(judged).toContain('| No request lost at c=64 (errors + timeouts) | not judged | some figures not measured (refused or skipped runs) |');
    expect(renderMarkdown(measured)).toContain('## Goals of issue 21');
  });

  test('judges « c=64 not below c=16 » on the medians of every run at each, a refused one left out, and prints them all', () => {
    const at = (concurrency: number, throughput: number, accepted = true) => run({ concurrency, requests: 500, throughput, timeouts: 0, unfinished: 0, accepted });
    const withRepeats = (repeats: MeasuredRun[]): BenchReport => ({
      ...report(), hive: undefined,
      ours: [{ scenario: 'detail', title: 'detail', runs: [at(16, 92), at(64, 79)], repeats }],
    });
    // The sweep's one pair says « below »; the medians of three runs each (92, 85, 88 → 88; 79, 95, 90 → 90) do not.
    const met = withRepeats([at(64, 95), at(16, 85), at(16, 88), at(64, 90)]);
    expect(goalsTable(met).join('\n')).toContain('| Throughput at c=64 not below c=16 | met | – |');
    const markdown = renderMarkdown(met);
    expect(markdown).toContain('### Ours: throughput at c=16 and c=64, measured 3 times each');
    // Without a peer in the run (--no-hive), the method says so: only our gateway ran again.
    expect(markdown).toContain('our gateway ran it 2 more time(s) at c=16 and c=64');
    expect(markdown).not.toContain('both gateways ran it');
    expect(markdown).toContain('| detail | 16 | 92.0, 85.0, 88.0 | 88.0 |  |  |');
    // 79 < 92, 85, 88 and 90 < 92: 4 pairs of 9 below, which 13 splits of the 20 reach or pass.
    expect(markdown).toContain('| detail | 64 | 79.0, 95.0, 90.0 | 90.0 | 1.02 | 0.65 |');
    expect(markdown).toContain('a miss on the medians with p above 0.05 is within the spread of the runs');
    // A refused run is printed as such and left out of the median: 92, 85 → 88.5 against 79, 88 → 83.5.
    const missed = withRepeats([at(64, 300, false), at(16, 85), at(16, 88, false), at(64, 88)]);
    // 79 < 92, 85 and 88 < 92: 3 pairs of 4, which 2 splits of the C(4, 2) = 6 reach; 2 against 2 can never reach 0.05.
    expect(goalsTable(missed).join('\n')).toContain('| Throughput at c=64 not below c=16 | **not met** | detail: 83.5 < 88.5 req/s (medians of 2 and 2 runs; too few runs for the rank test to tell: p = 0.33, and 0.17 at best with 2 against 2) |');
    expect(renderMarkdown(missed)).toContain('| detail | 64 | 79.0, refused, 88.0 | 83.5 | 0.94 | 0.33 |');
    // Every run at c=64 below every run at c=16: the runs show it.
    const apart = withRepeats([at(64, 80), at(16, 85), at(16, 88), at(64, 81)]);
    expect(goalsTable(apart).join('\n')).toContain('detail: 80.0 < 88.0 req/s (medians of 3 and 3 runs; beyond the spread of the runs: one-sided rank test p = 0.05)');
  });

  test('judges « ours ≥ Hive » on the medians of both gateways\' runs, and prints Hive\'s runs and the medians side by side', () => {
    const at = (concurrency: number, throughput: number) => run({ concurrency, requests: 500, throughput, timeouts: 0, unfinished: 0 });
    const gateways = (ours: number[], hive: number[]): BenchReport => ({
      ...report(),
      // Each list: the sweep's c=16 and c=64, then the repeats 64, 16, 16, 64.
      ours: [{ scenario: 'lookup', title: 'lookup', runs: [at(16, ours[0]!), at(64, ours[1]!)], repeats: [at(64, ours[2]!), at(16, ours[3]!), at(16, ours[4]!), at(64, ours[5]!)] }],
      hive: [{ scenario: 'lookup', title: 'lookup', runs: [at(16, hive[0]!), at(64, hive[1]!)], repeats: [at(64, hive[2]!), at(16, hive[3]!), at(16, hive[4]!), at(64, hive[5]!)] }],
    });
    // The sweeps' first runs say Hive is ahead at c=16 (250 < 290); the medians (300 against 295 at c=16) do not.
    const met = gateways([250, 320, 330, 300, 310, 325], [290, 310, 300, 295, 280, 305]);
    expect(goalsTable(met).join('\n')).toContain('| Ours ≥ Hive Gateway in throughput at c=16 and c=64 | met | – |');
    const markdown = renderMarkdown(met);
    expect(markdown).toContain('### Hive: throughput at c=16 and c=64, measured 3 times each');
    expect(markdown).toContain('both gateways ran it 2 more time(s) at c=16 and c=64, interleaved (64, 16, then 16, 64; the gateway going first');
    expect(markdown).toContain('| lookup | 16 | 290.0, 295.0, 280.0 | 290.0 |  |  |');
    // Ours at c=16 (250, 300, 310) below Hive's (290, 295, 280): 3 pairs of 9, as likely as 16 splits of 20.
    expect(markdown).toContain('| lookup | 16 | 300.0 (3 runs) | 290.0 (3 runs) | 1.03 | 0.80 |');
    const missed = gateways([250, 320, 330, 300, 310, 325], [290, 340, 330, 295, 280, 335]);
    expect(goalsTable(missed).join('\n')).toContain('| Ours ≥ Hive Gateway in throughput at c=16 and c=64 | **not met** | lookup c=64: 325.0 vs 335.0 req/s (0.97, medians of 3 and 3 runs; within the spread of the runs: one-sided rank test p = 0.10) |');
  });
  test('--render writes RESULTS.md again from results.json as stored, S first, without touching results.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
    try {
      writeReport(dir, { ...report(), size: 'L' }, '# preface\n');
      writeReport(dir, { ...report(), size: 'S' }, '# preface\n');
      const stored = readFileSync(join(dir, 'results.json'), 'utf8');
      writeFileSync(join(dir, 'RESULTS.md'), 'stale');
      expect(renderStoredReports(dir, '# new preface\n')).toEqual(['S', 'L']);
      const markdown = readFileSync(join(dir, 'RESULTS.md'), 'utf8');
      expect(markdown.startsWith('# new preface\n')).toBe(true);
      expect(markdown.indexOf('# Maillage benchmark — size S')).toBeLessThan(markdown.indexOf('# Maillage benchmark — size L'));
      expect(readFileSync(join(dir, 'results.json'), 'utf8')).toBe(stored);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
