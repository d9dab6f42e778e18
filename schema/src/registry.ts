import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The `schema/` folder (this module runs from src or dist). */
export const SCHEMA_DIR = resolve(__dirname, '..');

/** One subgraph of the graph, as listed in `schema/subgraphs.json` (the registry). */
export interface SubgraphEntry {
  name: string;
  /**
   * Workspace folder of a subgraph built in this repository: its `dist/print-schema.js` prints the SDL. Without
   * it the SDL is the committed `schema/<name>.graphql` (a partner's subgraph that lives elsewhere).
   */
  package?: string;
  /** Default routing URL; the gateway's `SUBGRAPH_<NAME>_URL` overrides it. */
  url: string;
}

interface RegistryFile {
  $comment?: string;
  subgraphs: SubgraphEntry[];
}

export function readRegistry(schemaDir = SCHEMA_DIR): RegistryFile {
  return JSON.parse(readFileSync(join(schemaDir, 'subgraphs.json'), 'utf8')) as RegistryFile;
}

export function readSubgraphList(schemaDir = SCHEMA_DIR): SubgraphEntry[] {
  return readRegistry(schemaDir).subgraphs;
}

/**
 * Replaces a file in one step: the content goes to a temporary file of the same folder, which is then
 * renamed over the target (atomic on one file system). A process watching the file (the gateway watches
 * the supergraph) never reads a half-written one.
 */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The registry's text with `entry` added or replaced (same order, one line per subgraph). */
export function registryWith(registry: RegistryFile, entry: SubgraphEntry): string {
  const subgraphs = registry.subgraphs.some((existing) => existing.name === entry.name)
    ? registry.subgraphs.map((existing) => (existing.name === entry.name ? entry : existing))
    : [...registry.subgraphs, entry];
  const lines = subgraphs.map((subgraph) => `    ${JSON.stringify(subgraph).replace(/":/g, '": ').replace(/,"/g, ', "').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`);
  const comment = registry.$comment === undefined ? '' : `  "$comment": ${JSON.stringify(registry.$comment)},\n`;
  return `{\n${comment}  "subgraphs": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
