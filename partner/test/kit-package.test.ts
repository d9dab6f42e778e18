import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createTestDatabase, freePort, signIdentity, testIdentityKeys, viewers, type TestDatabase } from '@maillage/test-kit';
import { KIT_PACKAGES, packKit, ROOT_DIR, type PackedPackage } from '../src/pack';

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((file) => join(name, file)) : [name];
  });
}

function unpack(tarball: string, into: string): string {
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', into]);
  return join(into, 'package');
}

const TINY_SUBGRAPH = `
import 'reflect-metadata';
import { Entity, PrimaryKey } from '@mikro-orm/core';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema, runSubgraph } from '@maillage/subgraph-kit';

@Entity({ tableName: 'greeting' })
class GreetingRow { @PrimaryKey() id!: number; }

@ObjectType({ description: 'Un bonjour.' })
class Greeting { @Field(() => String, { description: 'Le texte.' }) text!: string; }

@Resolver()
class GreetingResolver {
  @Query(() => Greeting, { description: 'Dit bonjour.' })
  hello(): Greeting { return { text: 'bonjour' }; }
}

void runSubgraph({
  name: 'tiny',
  entities: [GreetingRow],
  migrations: [],
  buildSchema: () => buildFederatedSchema({ resolvers: [GreetingResolver] }),
  createLoaders: () => ({}),
});
`;

async function waitForReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the tiny subgraph exited: ${output()}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the tiny subgraph was not ready: ${output()}`);
}

describe('the kit as npm packages', () => {
  let workDir: string;
  let packed: PackedPackage[];

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'maillage-kit-test-'));
    packed = packKit(join(workDir, 'tarballs'));
  });

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  test('every kit package packs into a versioned tarball with its README and changelog', () => {
    expect(packed.map((entry) => entry.name)).toEqual([
      '@maillage/service-runtime', '@maillage/access', '@maillage/geography-codes', '@maillage/postgres', '@maillage/subgraph-kit', '@maillage/test-kit',
    ]);
    for (const entry of packed) {
      expect(entry.version).toMatch(/^\d+\.\d+\.\d+$/);
      const dir = unpack(entry.tarball, join(workDir, 'unpacked', entry.name));
      const files = filesUnder(dir);
      expect(files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'package.json']));
      expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain(`## ${entry.version}`);
      expect(files.filter((file) => /\.map$|\.test\.|^src\//.test(file))).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { private?: boolean; dependencies: Record<string, string> };
      expect(manifest.private).toBeUndefined();
      for (const [name, range] of Object.entries(manifest.dependencies)) {
        // Workspace ranges (`*`) would resolve to whatever a registry holds: internal ones are pinned.
        if (name.startsWith('@maillage/')) expect(range).toBe(packed.find((other) => other.name === name)!.version);
      }
    }
  });

  test('nothing in a packed package reaches outside it: every import is the package itself, a dependency or Node', () => {
    const problems: string[] = [];
    for (const entry of packed) {
      const dir = join(workDir, 'unpacked', entry.name, 'package');
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      for (const file of filesUnder(dir).filter((name) => /\.(js|d\.ts)$/.test(name))) {
        const text = readFileSync(join(dir, file), 'utf8');
        const where = `${entry.name}/${file}`;
        for (const [, specifier] of text.matchAll(/(?:require\(|from |import\()\s*['"]([^'"]+)['"]/g)) {
          if (specifier!.startsWith('.')) {
            const target = resolve(dirname(join(dir, file)), specifier!);
            if (relative(dir, target).startsWith('..')) problems.push(`${where}: ${specifier} leaves the package`);
            continue;
          }
          const name = specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!;
          if (!builtinModules.includes(name.replace(/^node:/, '')) && !(name in manifest.dependencies)) {
            problems.push(`${where}: ${specifier} is not a dependency`);
          }
        }
        // Paths into this repository: its schema registry, its workspaces, its root.
        for (const pattern of [/schema\/subgraphs\.json/, /['"`][^'"`]*\.\.\/\.\.\/\.\.[^'"`]*['"`]/, /subgraphs\/[a-z]/, /ROOT_DIR/]) {
          if (pattern.test(text)) problems.push(`${where}: matches ${pattern}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  describe('installed into an empty folder outside the repository', () => {
    let project: string;
    let database: TestDatabase;
    let child: ChildProcess | undefined;

    beforeAll(async () => {
      project = join(workDir, 'tiny');
      expect(relative(ROOT_DIR, project).startsWith('..')).toBe(true);
      mkdirSync(join(project, 'src'), { recursive: true });
      const dependencies = Object.fromEntries(packed.map((entry) => [entry.name, `file:${entry.tarball}`]));
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'tiny', version: '1.0.0', private: true, dependencies }, null, 2));
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: project, stdio: 'pipe' });
      writeFileSync(join(project, 'src/main.ts'), TINY_SUBGRAPH);
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'Node16', moduleResolution: 'Node16', strict: true, experimentalDecorators: true,
          emitDecoratorMetadata: true, skipLibCheck: true, types: [], outDir: 'dist', rootDir: 'src',
        },
        include: ['src'],
      }));
      // The compiler is the only thing borrowed from this repository (a partner lists typescript in its devDependencies).
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project], { stdio: 'pipe' });
      database = await createTestDatabase('tiny');
    }, 600_000);

    afterAll(async () => {
      child?.kill('SIGTERM');
      if (child && child.exitCode === null) await new Promise((done) => child!.once('exit', done));
      await database?.drop();
    });

    test('each @maillage package resolves from the folder itself, never from this repository', () => {
      for (const kit of KIT_PACKAGES) {
        const name = (JSON.parse(readFileSync(join(ROOT_DIR, kit.dir, 'package.json'), 'utf8')) as { name: string }).name;
        const resolved = require.resolve(name, { paths: [project] });
        expect(relative(project, resolved).startsWith('..')).toBe(false);
      }
    });

    test('a tiny subgraph built on the installed kit starts, is ready and answers a signed call', async () => {
      const port = await freePort();
      let output = '';
      child = spawn(process.execPath, ['dist/main.js'], {
        cwd: project,
        env: {
          PATH: process.env.PATH, HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1', DB_URL: database.url, LOG_LEVEL: 'warn',
          AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(testIdentityKeys().publicJwk), NODE_ENV: 'production',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitForReady(`http://127.0.0.1:${port}/ready`, child, () => output);
      const call = (authorization?: string) => fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: '{ hello { text } }' }),
      });
      expect((await call()).status).toBe(401);
      const answer = await call(`Bearer ${await signIdentity(viewers.public, 'tiny')}`);
      expect(await answer.json()).toEqual({ data: { hello: { text: 'bonjour' } } });
    });
  });
});
