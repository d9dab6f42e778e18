import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, type DocumentNode } from 'graphql';
import { readSubgraphList, SCHEMA_DIR, writeFileAtomic, type SubgraphEntry } from './registry';

export { readSubgraphList, SCHEMA_DIR, type SubgraphEntry };

export interface Composition {
  /** File name (in `schema/`) → expected content. */
  files: Map<string, string>;
  hints: string[];
}

/** The repository root, wherever this module runs from (src or dist). */
export const ROOT_DIR = resolve(SCHEMA_DIR, '..');

/** A composition that failed: every error of `@apollo/composition`, one per line. */
export class CompositionError extends Error {
  constructor(readonly errors: string[]) {
    super(`composition failed:\n${errors.map((error) => `- ${error}`).join('\n')}`);
  }
}

/** Composes parsed subgraph SDLs into the supergraph SDL; throws a {@link CompositionError}. */
export function composeSdl(services: { name: string; url: string; typeDefs: DocumentNode }[]): { supergraphSdl: string; hints: string[] } {
  const result = composeServices(services);
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return {
    supergraphSdl: `${result.supergraphSdl.trim()}\n`,
    hints: result.hints.map((hint) => `${hint.definition.code}: ${hint.message}`),
  };
}

/** Prints a built subgraph's SDL in its own process: type-graphql metadata is global per process. */
function printSubgraph(entry: SubgraphEntry): string {
  const script = join(ROOT_DIR, entry.package!, 'dist', 'print-schema.js');
  if (!existsSync(script)) throw new Error(`${entry.name}: ${script} is missing; run npm run build first`);
  return execFileSync(process.execPath, [script], { encoding: 'utf8' });
}

/** Composes every subgraph into the supergraph; throws with every composition error listed. */
export function composeSupergraph(entries: SubgraphEntry[] = readSubgraphList()): Composition {
  const files = new Map<string, string>();
  const services = entries.map((entry) => {
    const file = `${entry.name}.graphql`;
    const sdl = entry.package ? printSubgraph(entry) : readFileSync(join(SCHEMA_DIR, file), 'utf8');
    files.set(file, sdl);
    return { name: entry.name, url: entry.url, typeDefs: parse(sdl) };
  });
  const { supergraphSdl, hints } = composeSdl(services);
  files.set('supergraph.graphql', supergraphSdl);
  return { files, hints };
}

/** Files whose committed content differs from what composition produces now. */
export function staleFiles(composition: Composition): string[] {
  return [...composition.files].filter(([file, content]) => {
    const path = join(SCHEMA_DIR, file);
    return !existsSync(path) || readFileSync(path, 'utf8') !== content;
  }).map(([file]) => file);
}

function main(): void {
  const check = process.argv.includes('--check');
  const composition = composeSupergraph();
  for (const hint of composition.hints) process.stderr.write(`hint: ${hint}\n`);
  if (check) {
    const stale = staleFiles(composition);
    if (stale.length > 0) {
      process.stderr.write(`stale schema files: ${stale.join(', ')} (run npm run compose and commit them)\n`);
      process.exit(1);
    }
    process.stdout.write('schema files are up to date\n');
    return;
  }
  for (const [file, content] of composition.files) writeFileAtomic(join(SCHEMA_DIR, file), content);
  process.stdout.write(`wrote ${[...composition.files.keys()].map((file) => `schema/${file}`).join(', ')}\n`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
