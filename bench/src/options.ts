import { parseArgs } from 'node:util';
import { SCENARIOS } from './scenarios';
import { parseSize, type Size } from './sizes';

export const USAGE = `usage: npm run bench -- --size S|M|L [--samples 500] [--duration 30] [--min-duration 8] [--warmup 3] [--dedup on|off]
  [--only dashboard,detail,lookup,batch,report] [--no-hive] [--generate-only] [--seed 20261124] [--settle 30]
  [--repeats 3] [--stack-warmup 10] [--explore [--concurrency 1,16]]
       npm run bench -- --render
Writes bench/RESULTS.md and bench/results.json (not with --explore); --render runs nothing and writes
bench/RESULTS.md again from bench/results.json (after the report's code changed); see bench/README.md.`;

/** Runs per gateway at c=16 and c=64 at most: the rank test of the report tries every split of them (C(20, 10) at 10). */
export const MAX_REPEATS = 10;

/** A mistake in the command line: printed with the usage, without a stack. */
export class UsageError extends Error {}

export interface BenchOptions {
  help: false;
  size: Size;
  seed: number;
  samples: number;
  maxSeconds: number;
  minSeconds: number;
  warmupSeconds: number;
  stackWarmupSeconds: number;
  settleSeconds: number;
  dedup: boolean;
  only: string[];
  generateOnly: boolean;
  noHive: boolean;
  /** A look, not a record: on a busy machine too, each run's CPU per request is printed, nothing is written. */
  explore: boolean;
  concurrency?: number[];
  /** Runs of each gateway at c=16 and c=64 in all: a recorded run judges « c=64 not below c=16 » on medians of 3. */
  repeats: number;
}

function number(name: string, value: string, { min = 0, integer = false } = {}): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || (integer && !Number.isInteger(parsed))) {
    throw new UsageError(`--${name} must be ${integer ? 'a whole number' : 'a number'} ≥ ${min} (got ${value})`);
  }
  return parsed;
}

/** The bench's command line, checked: a mistake is a `UsageError` naming the option. */
export function parseBenchOptions(args: string[]): BenchOptions | { help: true } | { render: true } {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        render: { type: 'boolean', default: false },
        size: { type: 'string', default: 'S' },
        seed: { type: 'string', default: '20261124' },
        samples: { type: 'string', default: '500' },
        duration: { type: 'string', default: '30' },
        'min-duration': { type: 'string', default: '8' },
        warmup: { type: 'string', default: '3' },
        dedup: { type: 'string', default: 'on' },
        only: { type: 'string' },
        'generate-only': { type: 'boolean', default: false },
        'no-hive': { type: 'boolean', default: false },
        explore: { type: 'boolean', default: false },
        concurrency: { type: 'string' },
        settle: { type: 'string', default: '30' },
        repeats: { type: 'string' },
        'stack-warmup': { type: 'string', default: '10' },
      },
    }));
  } catch (error) {
    // parseArgs's own errors (an unknown option, a value missing): its message names the option.
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true };
  if (values.render) {
    // Nothing is measured: any other option would be ignored, so it is refused rather than silently dropped.
    const others = args.filter((arg) => arg !== '--render');
    if (others.length) throw new UsageError(`--render takes no other option (got ${others.join(' ')})`);
    return { render: true };
  }
  let size: Size;
  try {
    size = parseSize(values.size);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.dedup !== 'on' && values.dedup !== 'off') throw new UsageError(`--dedup must be on or off (got ${values.dedup})`);
  const only = values.only ? values.only.split(',').map((name) => name.trim()).filter(Boolean) : [];
  const unknown = only.filter((name) => !SCENARIOS.some((scenario) => scenario.name === name));
  if (unknown.length) throw new UsageError(`--only: no scenario named ${unknown.join(', ')} (the scenarios: ${SCENARIOS.map((s) => s.name).join(', ')})`);
  const concurrency = values.concurrency ? values.concurrency.split(',').map((c) => number('concurrency', c, { min: 1, integer: true })) : undefined;
  if (concurrency && !values.explore) throw new UsageError('--concurrency is for --explore runs only: a reported run measures 1, 16 and 64');
  const repeats = number('repeats', values.repeats ?? (values.explore ? '1' : '3'), { min: 1, integer: true });
  if (repeats > MAX_REPEATS) throw new UsageError(`--repeats must not exceed ${MAX_REPEATS} (got ${repeats}): the report's rank test tries every split of the runs`);
  const minSeconds = number('min-duration', values['min-duration']);
  const maxSeconds = number('duration', values.duration, { min: 1 });
  if (minSeconds > maxSeconds) throw new UsageError(`--min-duration (${minSeconds}) must not exceed --duration (${maxSeconds})`);
  return {
    help: false,
    size,
    seed: number('seed', values.seed, { integer: true }),
    samples: number('samples', values.samples, { min: 1, integer: true }),
    maxSeconds,
    minSeconds,
    warmupSeconds: number('warmup', values.warmup),
    stackWarmupSeconds: number('stack-warmup', values['stack-warmup']),
    settleSeconds: number('settle', values.settle),
    dedup: values.dedup === 'on',
    only,
    generateOnly: values['generate-only'],
    noHive: values['no-hive'],
    explore: values.explore,
    ...(concurrency ? { concurrency } : {}),
    repeats,
  };
}
