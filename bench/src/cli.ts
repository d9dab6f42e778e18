import { parseArgs } from 'node:util';
import { generate } from './generate';
import { parseSize } from './sizes';
import { startBenchStack } from './stack';

const out = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      seed: { type: 'string', default: '20261124' },
      duration: { type: 'string', default: '8' },
      'generate-only': { type: 'boolean', default: false },
      'no-hive': { type: 'boolean', default: false },
    },
  });
  const size = parseSize(values.size);
  const seed = Number(values.seed);
  out(`Maillage benchmark — size ${size.name} (${size.label}), seed ${seed}`);
  const bench = await startBenchStack(size.name, (m) => out(`  ${m}`));
  try {
    out('  generating data');
    const generation = await generate(size, seed, bench.stack.databaseUrls, (m) => out(`  ${m}`));
    out(`  generated in ${generation.seconds.toFixed(1)} s: ${generation.statements} hour statements`);
    for (const [name, bytes] of Object.entries(generation.bytes)) out(`    ${name.padEnd(14)} ${mb(bytes)} (${generation.rows[name] ?? 0} rows written)`);
    if (generation.beneficiariesSkipped) out(`  skipped: ${generation.beneficiariesSkipped}`);
    if (values['generate-only']) return;
  } finally {
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
