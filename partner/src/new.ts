import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { packKit, ROOT_DIR } from './pack';

/** The kit's packages a partner's subgraph needs only for its tests. */
const TEST_ONLY_KIT = ['@maillage/postgres', '@maillage/test-kit'];

/** What a partner's subgraph is called in the graph, in its package, its types and its tables. */
export interface PartnerNames {
  /** `job-coaching`: the subgraph's name (a DNS label: it is also a host name in a deployment). */
  name: string;
  /** `JobCoaching`: the prefix of its types. */
  Name: string;
  /** `jobCoaching`: the prefix of its fields. */
  nameCamel: string;
  /** `job_coaching`: the prefix of its tables. */
  name_snake: string;
}

/** A refused scaffold: the message says what to change. */
export class ScaffoldError extends Error {}

// RFC 1123 label, starting with a letter so that it also makes identifiers (types, fields, variables).
const DNS_LABEL = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function namesOf(name: string): PartnerNames {
  const words = name.split('-').filter(Boolean);
  const Name = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return { name, Name, nameCamel: Name[0]!.toLowerCase() + Name.slice(1), name_snake: words.join('_') };
}

function registeredNames(): string[] {
  const registry = JSON.parse(readFileSync(join(ROOT_DIR, 'schema/subgraphs.json'), 'utf8')) as { subgraphs: { name: string }[] };
  return registry.subgraphs.map((entry) => entry.name);
}

/** The type names the composed graph already holds. */
function graphTypeNames(): Set<string> {
  const supergraph = readFileSync(join(ROOT_DIR, 'schema/supergraph.graphql'), 'utf8');
  return new Set([...supergraph.matchAll(/^(?:type|input|enum|interface|union|scalar) (\w+)/gm)].map((match) => match[1]!));
}

/** Checks a proposed name against the rules and the graph; throws a {@link ScaffoldError} naming the problem. */
export function validatePartnerName(name: string | undefined): PartnerNames {
  if (!name) throw new ScaffoldError('indiquez le nom du sous-graphe : npm run partner:new -- <nom> [--dir <dossier>]');
  if (!DNS_LABEL.test(name) || name.includes('--')) {
    throw new ScaffoldError(
      `« ${name} » n'est pas un nom valide : il faut un label DNS (RFC 1123) de 63 caractères au plus, en minuscules ` +
        `a-z, chiffres et tirets simples, commençant par une lettre et ne finissant pas par un tiret (ex. « formations-rhone »)`,
    );
  }
  if (registeredNames().includes(name)) {
    throw new ScaffoldError(`« ${name} » est déjà un sous-graphe du graphe (schema/subgraphs.json) : choisissez un autre nom`);
  }
  const names = namesOf(name);
  const taken = [`${names.Name}FollowUp`, `${names.Name}FollowUpConnection`, `Record${names.Name}FollowUpInput`].filter((type) => graphTypeNames().has(type));
  if (taken.length > 0) throw new ScaffoldError(`« ${name} » donnerait des types déjà présents dans le graphe : ${taken.join(', ')}`);
  return names;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? templateFiles(path).map((file) => join(name, file)) : [name];
  });
}

const TEMPLATE_DIR = join(__dirname, '..', 'template');

function rootManifest(): { devDependencies: Record<string, string>; overrides: Record<string, string>; engines: Record<string, string>; allowScripts: Record<string, boolean> } {
  return JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8'));
}

function kitDependency(name: string): string {
  const kit = JSON.parse(readFileSync(join(ROOT_DIR, 'packages/subgraph-kit/package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return kit.dependencies[name]!;
}

/** The third-party packages the generated code imports, at the kit's exact versions. */
function libraryDependencies(): Record<string, string> {
  return Object.fromEntries(['@mikro-orm/core', '@mikro-orm/migrations', '@mikro-orm/postgresql', 'class-validator', 'graphql', 'reflect-metadata', 'type-graphql']
    .map((name) => [name, kitDependency(name)]));
}

/** Where the scaffold goes, and how it depends on the kit. */
interface Target {
  dir: string;
  outside: boolean;
}

function manifestFor(names: PartnerNames, target: Target): Record<string, unknown> {
  const root = rootManifest();
  const scripts = {
    build: 'tsc -p tsconfig.build.json',
    typecheck: 'tsc -p tsconfig.json --noEmit',
    'print-schema': `node dist/print-schema.js > ${names.name}.graphql`,
  };
  if (!target.outside) {
    return {
      name: `@maillage/subgraph-${names.name}`,
      version: '0.1.0',
      private: true,
      main: 'dist/index.js',
      types: 'dist/index.d.ts',
      scripts,
      dependencies: { '@maillage/subgraph-kit': '*', ...libraryDependencies() },
    };
  }
  const packed = packKit(join(target.dir, 'vendor'));
  const tarball = (name: string) => `file:vendor/${relative(join(target.dir, 'vendor'), packed.find((entry) => entry.name === name)!.tarball)}`;
  const tools = ['@swc/core', '@swc/jest', '@types/jest', '@types/node', 'jest', 'typescript'];
  return {
    name: `subgraph-${names.name}`,
    version: '0.1.0',
    private: true,
    engines: root.engines,
    main: 'dist/index.js',
    scripts: { ...scripts, start: 'node dist/main.js', test: 'npm run build && npm run typecheck && jest' },
    // All the kit's tarballs are listed, so that the kit's own @maillage dependencies resolve to them.
    dependencies: {
      ...Object.fromEntries(packed.filter((entry) => !TEST_ONLY_KIT.includes(entry.name)).map((entry) => [entry.name, tarball(entry.name)])),
      ...libraryDependencies(),
    },
    devDependencies: {
      ...Object.fromEntries(TEST_ONLY_KIT.map((name) => [name, tarball(name)])),
      ...Object.fromEntries(tools.map((tool) => [tool, root.devDependencies[tool]!])),
    },
    overrides: root.overrides,
    allowScripts: Object.fromEntries(Object.entries(root.allowScripts).filter(([name]) => name !== 'node')),
  };
}

function tsconfigFor(target: Target, build: boolean): Record<string, unknown> {
  const own = build
    ? { compilerOptions: { rootDir: 'src', outDir: 'dist' }, include: ['src'], exclude: ['src/**/*.test.ts'] }
    : { compilerOptions: { rootDir: '.' }, include: ['src', 'test'] };
  if (!target.outside) return { extends: '../../tsconfig.base.json', ...own };
  if (build) return { extends: './tsconfig.json', ...own };
  const base = JSON.parse(readFileSync(join(ROOT_DIR, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
  return { compilerOptions: { ...base.compilerOptions, ...own.compilerOptions }, include: own.include };
}

const COMMANDS_INSIDE = (name: string) => `Dans le dépôt Maillage (le sous-graphe est un espace de travail npm) :

\`\`\`sh
npm install                                              # relie le nouvel espace de travail
npm run build
nice -n 10 npx jest subgraphs/${name}/test               # ses tests, sur un vrai serveur et une vraie base
npm run -w subgraphs/${name} print-schema                # écrit subgraphs/${name}/${name}.graphql
\`\`\`

Image : le \`Dockerfile\` du dépôt, \`docker build --build-arg SERVICE=subgraphs/${name} .\``;

const COMMANDS_OUTSIDE = (name: string) => `\`\`\`sh
npm install            # le kit vient des archives de vendor/ (npm pack du dépôt Maillage)
npm test               # compile, vérifie les types, puis jest : vrai serveur, vraie PostgreSQL (embarquée)
npm run print-schema   # écrit ${name}.graphql, le SDL à proposer au graphe
HTTP_PORT=4100 DB_URL=postgres://… AUTH_GATEWAY_PUBLIC_KEY='{…}' npm start
docker build -t ${name} .
\`\`\`

Node.js 24. Pour une autre version du kit, remplacez les archives de \`vendor/\` (\`npm run kit:pack\` dans le
dépôt Maillage) et relancez \`npm install\`.`;

/** Writes a new subgraph; returns its folder. Refuses (nothing written) a bad name or a folder in use. */
export function scaffoldPartner(name: string | undefined, options: { dir?: string } = {}): string {
  const names = validatePartnerName(name);
  const dir = resolve(options.dir ?? join(ROOT_DIR, 'subgraphs', names.name));
  const outside = relative(ROOT_DIR, dir).startsWith('..');
  if (options.dir && !outside) {
    throw new ScaffoldError(`${dir} est dans le dépôt : sans --dir, le sous-graphe est créé dans subgraphs/${names.name}`);
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new ScaffoldError(`${dir} existe et n'est pas vide : rien n'a été écrit`);
  const target = { dir, outside };
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const values: Record<string, string> = {
    ...names,
    migration: `Migration${stamp}_create_${names.name_snake}_follow_up`,
    demoId: randomUUID(),
    commands: outside ? COMMANDS_OUTSIDE(names.name) : COMMANDS_INSIDE(names.name),
  };
  const write = (file: string, content: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
  mkdirSync(dir, { recursive: true });
  for (const file of templateFiles(TEMPLATE_DIR)) {
    const content = fill(readFileSync(join(TEMPLATE_DIR, file), 'utf8'), values);
    const output = file.replace(/\.tpl$/, '').replace('migrations/migration.ts', `migrations/${values.migration}.ts`);
    if (!outside && ['Dockerfile', 'gitignore', 'jest.config.js'].includes(output)) continue;
    write(output === 'gitignore' ? '.gitignore' : output, content);
  }
  write('package.json', `${JSON.stringify(manifestFor(names, target), null, 2)}\n`);
  write('tsconfig.json', `${JSON.stringify(tsconfigFor(target, false), null, 2)}\n`);
  write('tsconfig.build.json', `${JSON.stringify(tsconfigFor(target, true), null, 2)}\n`);
  return dir;
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dir');
  const dir = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !dir) throw new ScaffoldError('--dir attend un dossier');
  const name = args.find((arg, index) => !arg.startsWith('--') && (at < 0 || index !== at + 1));
  // npm runs scripts from the repository root: a relative --dir is relative to where the command was typed.
  const created = scaffoldPartner(name, { dir: dir ? resolve(process.env.INIT_CWD ?? process.cwd(), dir) : undefined });
  const outside = relative(ROOT_DIR, created).startsWith('..');
  process.stdout.write(`sous-graphe ${name} créé dans ${created}\n`);
  process.stdout.write(outside
    ? `ensuite : cd ${created} && npm install && npm test\n`
    : `ensuite : npm install && npm run build && npx jest subgraphs/${name}/test\n`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
