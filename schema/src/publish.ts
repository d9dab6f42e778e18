import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSubgraph, CheckInputError, optionsOf, readSchemaFile, renderReport, type CheckReport, type CheckRequest } from './check';
import { readRegistry, registryWith, SCHEMA_DIR, writeFileAtomic, type SubgraphEntry } from './registry';

const CHANGELOG_HEADER = `# Changelog of the graph

Every \`npm run schema:publish\`, newest first: which subgraph, its routing URL, the changes of the API
schema (\`@graphql-inspector/core\`) and, for breaking ones, the reason they were accepted
(\`--accept-breaking\`).
`;

export interface PublishRequest extends CheckRequest {
  /** Routing URL the gateway will use (its `SUBGRAPH_<NAME>_URL` may override it per deployment). */
  url: string;
  /** Workspace folder, for a subgraph built in this repository (the dev and test stacks start it). */
  package?: string;
  /** The day written in the changelog (tests fix it). */
  today?: string;
}

function changelogEntry(report: CheckReport, request: PublishRequest): string {
  const count = (level: string) => report.changes.filter((change) => change.level === level).length;
  const lines = [
    `## ${request.today ?? new Date().toISOString().slice(0, 10)} — ${report.name}${report.isNew ? ' joins the graph' : ''}`,
    '',
    `- routing URL: ${request.url}`,
    `- changes: ${count('BREAKING')} breaking, ${count('DANGEROUS')} dangerous, ${count('SAFE')} safe`,
  ];
  if (report.acceptedBreaking) {
    lines.push(`- breaking changes accepted: ${report.acceptedBreaking}`);
    for (const change of report.changes.filter((entry) => entry.level === 'BREAKING')) lines.push(`  - ${change.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `schema:publish`: the same check, then the subgraph's SDL, the registry, the graph's changelog and, last,
 * the supergraph are written — each file atomically (temporary file, then rename), so that a gateway
 * watching the supergraph never reads half of one. A check that fails writes nothing.
 */
export async function publishSubgraph(request: PublishRequest): Promise<{ report: CheckReport; written: string[] }> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new CheckInputError(`--url « ${request.url} » n'est pas une URL`);
  }
  if (!['http:', 'https:'].includes(url.protocol)) throw new CheckInputError(`--url doit être en http ou https (reçu ${url.protocol})`);
  const schemaDir = request.schemaDir ?? SCHEMA_DIR;
  const report = await checkSubgraph({ ...request, schemaDir });
  if (report.problems.length > 0 || !report.supergraphSdl) return { report, written: [] };
  const registry = readRegistry(schemaDir);
  const previous = registry.subgraphs.find((entry) => entry.name === request.name);
  const packageDir = request.package ?? previous?.package;
  const entry: SubgraphEntry = packageDir ? { name: request.name, package: packageDir, url: request.url } : { name: request.name, url: request.url };
  const changelogPath = join(schemaDir, 'CHANGELOG.md');
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : CHANGELOG_HEADER;
  const [head, ...rest] = changelog.split(/\n(?=## )/);
  const files: [string, string][] = [
    [`${request.name}.graphql`, request.sdl.endsWith('\n') ? request.sdl : `${request.sdl}\n`],
    ['subgraphs.json', registryWith(registry, entry)],
    ['CHANGELOG.md', [head!.trimEnd() + '\n', changelogEntry(report, request), ...rest.map((section) => section.trimEnd() + '\n')].join('\n')],
    // Last: the gateway reloads when this one changes.
    ['supergraph.graphql', report.supergraphSdl],
  ];
  for (const [file, content] of files) writeFileAtomic(join(schemaDir, file), content);
  return { report, written: files.map(([file]) => `schema/${file}`) };
}

async function main(): Promise<void> {
  const options = optionsOf(process.argv.slice(2), ['name', 'schema', 'url', 'package', 'accept-breaking']);
  if (!options.name) throw new CheckInputError('--name <sous-graphe> est obligatoire');
  if (!options.url) throw new CheckInputError('--url <URL de routage> est obligatoire');
  const { report, written } = await publishSubgraph({
    name: options.name,
    sdl: readSchemaFile(options.schema),
    url: options.url,
    package: options.package,
    acceptBreaking: options['accept-breaking'],
  });
  process.stdout.write(renderReport(report));
  if (written.length === 0) {
    process.stderr.write('rien n’a été écrit\n');
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`écrit : ${written.join(', ')}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
