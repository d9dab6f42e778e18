import { parseBenchOptions, UsageError } from './options';
import { benchNodeFlags } from './stack';

/** The bench's command line: a mistake names its option, for the usage to follow, instead of a stack trace. */
describe('the bench command line', () => {
  test('the defaults are a recorded run of size S: 500 samples, 8 to 30 s, 3 runs at c=16 and c=64', () => {
    const options = parseBenchOptions([]);
    expect(options).toMatchObject({ help: false, size: { name: 'S' }, samples: 500, minSeconds: 8, maxSeconds: 30, repeats: 3, dedup: true, explore: false, only: [] });
    expect(parseBenchOptions(['--size', 'l', '--explore'])).toMatchObject({ size: { name: 'L' }, repeats: 1, explore: true });
  });

  test('--help and -h ask for the usage', () => {
    expect(parseBenchOptions(['--help'])).toEqual({ help: true });
    expect(parseBenchOptions(['-h'])).toEqual({ help: true });
  });

  test('--render asks for RESULTS.md again from results.json, alone: an option it would ignore is refused', () => {
    expect(parseBenchOptions(['--render'])).toEqual({ render: true });
    expect(() => parseBenchOptions(['--render', '--size', 'L'])).toThrow('--render takes no other option (got --size L)');
  });

  test.each([
    [['--verbose'], "Unknown option '--verbose'"],
    [['--size', 'XL'], '--size must be S, M or L (got XL)'],
    [['--samples', 'many'], '--samples must be a whole number ≥ 1 (got many)'],
    [['--duration', '0'], '--duration must be a number ≥ 1 (got 0)'],
    [['--min-duration', '40'], '--min-duration (40) must not exceed --duration (30)'],
    [['--repeats', '2.5'], '--repeats must be a whole number ≥ 1 (got 2.5)'],
    [['--repeats', '11'], '--repeats must not exceed 10 (got 11)'],
    [['--dedup', 'yes'], '--dedup must be on or off (got yes)'],
    [['--only', 'dashboard,lookups'], '--only: no scenario named lookups (the scenarios: dashboard, detail, lookup, batch, report)'],
    [['--concurrency', '16'], '--concurrency is for --explore runs only'],
    [['--explore', '--concurrency', '16,x'], '--concurrency must be a whole number ≥ 1 (got x)'],
  ])('%j is refused: %s', (args, message) => {
    expect(() => parseBenchOptions(args)).toThrow(UsageError);
    expect(() => parseBenchOptions(args)).toThrow(message);
  });
});

describe('BENCH_NODE_FLAGS', () => {
  const saved = process.env.BENCH_NODE_FLAGS;
  afterEach(() => {
    if (saved === undefined) delete process.env.BENCH_NODE_FLAGS;
    else process.env.BENCH_NODE_FLAGS = saved;
  });

  test('none unless set; set, the flags split at spaces, for every service and Hive alike', () => {
    delete process.env.BENCH_NODE_FLAGS;
    expect(benchNodeFlags()).toEqual([]);
    process.env.BENCH_NODE_FLAGS = ' --single-threaded-gc   --max-semi-space-size=64 ';
    expect(benchNodeFlags()).toEqual(['--single-threaded-gc', '--max-semi-space-size=64']);
  });
});
