import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { FloorResult } from './floor';
import type { GenerationResult } from './generate';
import type { ScenarioRun } from './run';
import type { StatementCount } from './statements';

export interface BenchReport {
  size: string;
  label: string;
  seed: number;
  startedAt: string;
  machine: { cpus: number; model: string; memoryGb: number; loadAverage: number[]; node: string };
  generation: Pick<GenerationResult, 'seconds' | 'rows' | 'bytes' | 'statements' | 'beneficiariesSkipped'>;
  ours: ScenarioRun[];
  hive?: ScenarioRun[];
  hiveSkipped?: string;
  statements: StatementCount[];
  floor: FloorResult[];
  memory: Record<string, number>;
  notes: string[];
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const mb = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

export function machine(): BenchReport['machine'] {
  return { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1e9), loadAverage: loadavg(), node: process.version };
}

function latencyTable(runs: ScenarioRun[]): string[] {
  const lines = ['| scenario | c | p50 ms | p95 ms | p99 ms | req/s | requests | errors |', '|---|---|---|---|---|---|---|---|'];
  for (const run of runs) {
    if (run.skipped) lines.push(`| ${run.scenario} | – | skipped: ${run.skipped} | | | | | |`);
    for (const r of run.runs) lines.push(`| ${run.scenario} | ${r.concurrency} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.throughput.toFixed(1)} | ${r.requests} | ${r.errors} |`);
  }
  return lines;
}

export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `# Maillage benchmark — size ${report.size}`, '',
    `${report.label}; seed ${report.seed}; run ${report.startedAt}.`, '',
    `Machine: ${m.cpus} cores (${m.model}), ${m.memoryGb} GB, Node ${m.node}, load average at start ${m.loadAverage.map((v) => v.toFixed(1)).join(' / ')}. ` +
      'The machine is **shared and loaded by other engineers\' test runs**: read figures as relative, not absolute.', '',
    '## Data', '',
    `Generated in ${report.generation.seconds.toFixed(1)} s (${report.generation.statements} hour statements).`, '',
    '| database | size | rows written |', '|---|---|---|',
    ...Object.entries(report.generation.bytes).map(([name, bytes]) => `| ${name} | ${mb(bytes)} | ${report.generation.rows[name] ?? 0} |`),
    ...(report.generation.beneficiariesSkipped ? ['', `Beneficiaries: not generated — ${report.generation.beneficiariesSkipped}.`] : []),
    '', '## Latency and throughput through our gateway (`@apollo/gateway`)', '', ...latencyTable(report.ours),
    '', '## Gateway share (c = 1)', '', '| scenario | end-to-end ms | sum of subgraph calls ms | calls | gateway share |', '|---|---|---|---|---|',
    ...report.ours.filter((r) => r.share).map((r) => `| ${r.scenario} | ${ms(r.share!.endToEndMs)} | ${ms(r.share!.subgraphCallsMs)} | ${r.share!.calls.toFixed(1)} | ${(r.share!.share * 100).toFixed(0)} % |`),
    '', '## SQL statements per subgraph operation (page size 10 vs 100)', '', '| scenario | subgraph | page 10 | page 100 |', '|---|---|---|---|',
    ...report.statements.map((s) => `| ${s.scenario} | ${s.subgraph} | ${s.page10} | ${s.page100} |`),
    '', '## The floor: the same data by hand-written SQL (sequential, one connection)', '', '| scenario | p50 ms | p95 ms | what |', '|---|---|---|---|',
    ...report.floor.map((f) => `| ${f.scenario} | ${ms(f.p50)} | ${ms(f.p95)} | ${f.note} |`),
    '', '## Peer gateway: `@graphql-hive/gateway` over the same supergraph and subgraphs', '',
  ];
  if (report.hive) {
    lines.push(...latencyTable(report.hive), '', '| scenario | c | p50 ours ÷ Hive | req/s ours ÷ Hive |', '|---|---|---|---|');
    for (const run of report.ours) {
      const peer = report.hive.find((h) => h.scenario === run.scenario);
      for (const r of run.runs) {
        const p = peer?.runs.find((x) => x.concurrency === r.concurrency);
        if (p) lines.push(`| ${run.scenario} | ${r.concurrency} | ${(r.p50 / p.p50).toFixed(2)} | ${(r.throughput / p.throughput).toFixed(2)} |`);
      }
    }
  } else lines.push(`Not run: ${report.hiveSkipped ?? 'unknown reason'}.`);
  lines.push('', '## Peak memory (VmHWM)', '', '| process | peak RSS |', '|---|---|', ...Object.entries(report.memory).map(([k, v]) => `| ${k} | ${mb(v)} |`));
  lines.push('', '## Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

/** `results.json` keeps the last report of each size; `RESULTS.md` renders them all, S first. */
export function writeReport(dir: string, report: BenchReport, preface: string): void {
  const file = join(dir, 'results.json');
  const all = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, BenchReport>;
  all[report.size] = report;
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  const sections = ['S', 'M', 'L'].filter((size) => all[size]).map((size) => renderMarkdown(all[size]!));
  writeFileSync(join(dir, 'RESULTS.md'), [preface, ...sections].join('\n'));
}
