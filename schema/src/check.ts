import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { GraphQLError, Kind, parse, validate, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { composeSdl, CompositionError, ROOT_DIR } from './compose';
import { ownershipProblems } from './ownership';
import { readSubgraphList, SCHEMA_DIR } from './registry';

/** Where the portal's operations live: every one must still validate against a proposed graph. */
export const PORTAL_OPERATIONS_DIR = join(ROOT_DIR, 'portal/src/app/operations');

/** What `schema:check` is asked. */
export interface CheckRequest {
  name: string;
  /** The proposed SDL of that subgraph. */
  sdl: string;
  /** Routing URL, for a subgraph not yet in the registry (composition needs one; any URL will do for a check). */
  url?: string;
  /** Reason for accepting breaking changes; without it a breaking change fails the check. */
  acceptBreaking?: string;
  schemaDir?: string;
  operationsDir?: string;
}

export interface SchemaChange {
  level: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  message: string;
  path: string;
}

/** The outcome of a check; `problems` empty means it passed. */
export interface CheckReport {
  name: string;
  isNew: boolean;
  changes: SchemaChange[];
  /** `file: operation name → the validation errors`. */
  brokenOperations: string[];
  problems: string[];
  /** The composed supergraph, when composition succeeded. */
  supergraphSdl?: string;
  acceptedBreaking?: string;
}

/** A check that could not even start (bad arguments, an SDL that does not parse): nothing was composed. */
export class CheckInputError extends Error {}

/** Parses a proposed SDL, with a message that says where it fails. */
export function parseSdl(sdl: string, origin: string): DocumentNode {
  try {
    return parse(sdl);
  } catch (error) {
    const location = error instanceof GraphQLError && error.locations?.[0] ? ` (ligne ${error.locations[0].line}, colonne ${error.locations[0].column})` : '';
    throw new CheckInputError(`le SDL de ${origin} ne se lit pas${location} : ${(error as Error).message}`);
  }
}

/** The API schema (what clients see, federation machinery removed) of a supergraph. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

const LEVELS: Record<CriticalityLevel, SchemaChange['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'SAFE',
};

/** Each operation document of the portal, with every fragment of the folder available to it. */
function portalOperations(dir: string): { file: string; document: DocumentNode }[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((file) => file.endsWith('.graphql')).sort();
  const documents = files.map((file) => ({ file, document: parse(readFileSync(join(dir, file), 'utf8')) }));
  const fragments = documents.flatMap(({ document }) => document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION));
  return documents.map(({ file, document }) => {
    const own = new Set(document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => (definition as FragmentDefinitionNode).name.value));
    const used = fragments.filter((fragment) => !own.has(fragment.name.value) && sourceOf(document).includes(`...${fragment.name.value}`));
    return { file, document: { ...document, definitions: [...document.definitions, ...used] } };
  });
}

function sourceOf(document: DocumentNode): string {
  return document.loc?.source.body ?? '';
}

/** Every operation of the portal that no longer validates against `schema`. */
export function brokenPortalOperations(schema: GraphQLSchema, dir: string): string[] {
  return portalOperations(dir).flatMap(({ file, document }) => {
    const errors = validate(schema, document);
    return errors.length === 0 ? [] : [`${file} : ${errors.map((error) => error.message).join(' ; ')}`];
  });
}

/**
 * `schema:check`: composes the proposed SDL with the other subgraphs' committed SDL, diffs the API schema of
 * the result against the committed supergraph's (`@graphql-inspector/core`), and validates every portal
 * operation against it. Nothing is written.
 */
export async function checkSubgraph(request: CheckRequest): Promise<CheckReport> {
  const schemaDir = request.schemaDir ?? SCHEMA_DIR;
  const entries = readSubgraphList(schemaDir);
  const existing = entries.find((entry) => entry.name === request.name);
  const proposed = parseSdl(request.sdl, request.name);
  const report: CheckReport = { name: request.name, isNew: !existing, changes: [], brokenOperations: [], problems: [] };
  const others = entries.filter((entry) => entry.name !== request.name).map((entry) => ({
    name: entry.name,
    url: entry.url,
    typeDefs: parseSdl(readFileSync(join(schemaDir, `${entry.name}.graphql`), 'utf8'), `schema/${entry.name}.graphql`),
  }));
  report.problems.push(...ownershipProblems(request.name, proposed, others));
  if (report.problems.length > 0) return report;
  const url = request.url ?? existing?.url ?? `http://${request.name}.invalid/graphql`;
  try {
    const services = [...others, { name: request.name, url, typeDefs: proposed }];
    // Registry order, a new subgraph last: the supergraph's text does not depend on who asked.
    const order = [...entries.map((entry) => entry.name), request.name];
    services.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    report.supergraphSdl = composeSdl(services).supergraphSdl;
  } catch (error) {
    if (!(error instanceof CompositionError)) throw error;
    report.problems.push(...error.errors.map((message) => `composition : ${message}`));
    return report;
  }
  const before = apiSchemaOf(readFileSync(join(schemaDir, 'supergraph.graphql'), 'utf8'));
  const after = apiSchemaOf(report.supergraphSdl);
  report.changes = (await diff(before, after)).map((change: Change) => ({
    level: LEVELS[change.criticality.level],
    message: change.message,
    path: change.path ?? '',
  }));
  report.brokenOperations = brokenPortalOperations(after, request.operationsDir ?? PORTAL_OPERATIONS_DIR);
  for (const operation of report.brokenOperations) report.problems.push(`opération du portail cassée : ${operation}`);
  const breaking = report.changes.filter((change) => change.level === 'BREAKING');
  if (breaking.length > 0) {
    if (request.acceptBreaking?.trim()) report.acceptedBreaking = request.acceptBreaking.trim();
    else report.problems.push(`${breaking.length} changement(s) cassant(s) : relancez avec --accept-breaking "<raison>" si c'est voulu`);
  }
  return report;
}

/** The report as a table for the terminal (and a CI log). */
export function renderReport(report: CheckReport): string {
  const rows = report.changes.map((change) => [change.level, change.path, change.message]);
  const header = ['niveau', 'chemin', 'changement'];
  const widths = header.map((title, column) => Math.min(60, Math.max(title.length, ...rows.map((row) => row[column]!.length))));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const out = [`schema:check ${report.name}${report.isNew ? ' (nouveau sous-graphe)' : ''}`];
  if (report.supergraphSdl) {
    out.push(line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
    out.push(...(rows.length > 0 ? rows.map(line) : [line(['—', '—', 'aucun changement de l’API'])]));
    const count = (level: SchemaChange['level']) => report.changes.filter((change) => change.level === level).length;
    out.push(`cassants : ${count('BREAKING')}, risqués : ${count('DANGEROUS')}, sûrs : ${count('SAFE')}`);
    out.push(report.brokenOperations.length === 0 ? 'opérations du portail : toutes valides' : `opérations du portail cassées : ${report.brokenOperations.length}`);
  }
  if (report.acceptedBreaking) out.push(`changements cassants acceptés : ${report.acceptedBreaking}`);
  out.push(...report.problems.map((problem) => `ERREUR ${problem}`));
  out.push(report.problems.length === 0 ? 'résultat : accepté' : 'résultat : refusé');
  return `${out.join('\n')}\n`;
}

/** `--flag value` pairs of a command line. */
export function optionsOf(args: string[], known: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 1) {
    const flag = args[index]!;
    if (!flag.startsWith('--') || !known.includes(flag.slice(2))) throw new CheckInputError(`option inconnue : ${flag} (attendues : ${known.map((name) => `--${name}`).join(', ')})`);
    const value = args[index + 1];
    if (value === undefined || value.startsWith('--')) throw new CheckInputError(`${flag} attend une valeur`);
    options[flag.slice(2)] = value;
    index += 1;
  }
  return options;
}

/** Reads `--schema <file>` relative to where the command was typed (npm runs scripts from the root). */
export function readSchemaFile(file: string | undefined): string {
  if (!file) throw new CheckInputError('--schema <fichier.graphql> est obligatoire');
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!existsSync(path)) throw new CheckInputError(`${path} n'existe pas`);
  return readFileSync(path, 'utf8');
}

async function main(): Promise<void> {
  const options = optionsOf(process.argv.slice(2), ['name', 'schema', 'url', 'accept-breaking']);
  if (!options.name) throw new CheckInputError('--name <sous-graphe> est obligatoire');
  const report = await checkSubgraph({ name: options.name, sdl: readSchemaFile(options.schema), url: options.url, acceptBreaking: options['accept-breaking'] });
  process.stdout.write(renderReport(report));
  if (report.problems.length > 0) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
