import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The shape of the code, checked from its sources: the shared packages are layered with imports pointing
 * down (runtime ← access ← subgraph kit), only the kit and the subgraphs load the ORM or type-graphql, and
 * no source folder has an import loop — type-only imports included (as `madge --circular` counts them),
 * except those between two entity files: the two sides of a bidirectional ORM relation, which name each
 * other by string in their decorators and only share types.
 */
const ROOT = join(__dirname, '..');

function sourcesOf(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourcesOf(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The modules a file imports or re-exports, each with whether only types are taken from it. */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const typeOnly = clause?.isTypeOnly === true || (!clause?.name && named !== undefined && ts.isNamedImports(named) &&
        named.elements.length > 0 && named.elements.every((element) => element.isTypeOnly));
      found.push({ specifier: (statement.moduleSpecifier as ts.StringLiteral).text, typeOnly });
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      found.push({ specifier: (statement.moduleSpecifier as ts.StringLiteral).text, typeOnly: statement.isTypeOnly });
    }
  }
  return found;
}

/** The modules a file loads at run time. */
function runtimeImports(file: string): string[] {
  return importsOf(file).filter((entry) => !entry.typeOnly).map((entry) => entry.specifier);
}

const isEntity = (file: string) => file.endsWith('.entity.ts');

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** The first import loop among the files of `folder`, as a list of paths, or null. */
function findLoop(folder: string): string[] | null {
  const files = sourcesOf(folder);
  const edges = new Map(files.map((file) => [file, importsOf(file).flatMap(({ specifier, typeOnly }) => {
    const target = resolveLocal(file, specifier);
    return target && !(typeOnly && isEntity(file) && isEntity(target)) ? [target] : [];
  })]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'visiting') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      const loop = visit(next);
      if (loop) return loop;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of files) {
    const loop = visit(file);
    if (loop) return loop.map((path) => relative(ROOT, path));
  }
  return null;
}

const FOLDERS = [
  'packages/service-runtime/src',
  'packages/access/src',
  'packages/subgraph-kit/src',
  'gateway/src',
  ...(JSON.parse(readFileSync(join(ROOT, 'schema/subgraphs.json'), 'utf8')) as { subgraphs: { package?: string }[] }).subgraphs
    .filter((entry) => entry.package)
    .map((entry) => `${entry.package}/src`),
];

/** Every package a folder's sources load at run time. */
function packagesLoadedBy(folder: string): Set<string> {
  const names = sourcesOf(join(ROOT, folder)).flatMap(runtimeImports).filter((spec) => !spec.startsWith('.') && !spec.startsWith('node:'));
  return new Set(names.map((spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!)));
}

describe('the layers of the code', () => {
  test.each(FOLDERS)('%s has no import loop', (folder) => {
    expect(findLoop(join(ROOT, folder))).toBeNull();
  });

  test.each([
    ['packages/service-runtime/src', ['@maillage/access', '@maillage/subgraph-kit']],
    ['packages/access/src', ['@maillage/subgraph-kit']],
    ['gateway/src', ['@maillage/subgraph-kit']],
  ])('%s imports no higher layer, no ORM and no schema code', (folder, higher) => {
    const loaded = packagesLoadedBy(folder);
    for (const name of [...higher, '@mikro-orm/core', '@mikro-orm/postgresql', 'type-graphql', 'class-validator']) {
      expect([name, loaded.has(name)]).toEqual([name, false]);
    }
  });
});
