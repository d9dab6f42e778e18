import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';

/** The repository root (this file runs from partner/dist or partner/src). */
export const ROOT_DIR = resolve(__dirname, '../..');

/** A workspace packed for partners, and what of it stays home. */
interface KitPackage {
  dir: string;
  /** Entry file (without extension) of the packed package, when it differs from the workspace's. */
  entry?: string;
  /** Files of `dist/` (by base name, without extension) that need this repository and are not packed. */
  drop?: string[];
  /** Dependencies of the workspace that the packed files do not use. */
  dropDependencies?: string[];
  /** Folders of the workspace, besides `dist/`, that the built files read at run time. */
  assets?: string[];
}

/** The packages a partner installs, lowest layer first. */
export const KIT_PACKAGES: KitPackage[] = [
  { dir: 'packages/service-runtime' },
  { dir: 'packages/access' },
  // The commune codes the directory publishes: the kit's validators refuse codes that do not exist.
  { dir: 'packages/geography-codes', assets: ['data'] },
  { dir: 'packages/postgres' },
  { dir: 'packages/subgraph-kit' },
  // startTestStack starts this repository's whole hub (the dev stack): not for a partner.
  { dir: 'packages/test-kit', entry: 'kit', drop: ['index', 'stack', 'registry-setup'], dropDependencies: ['@maillage/dev-stack'] },
];

interface Manifest {
  name: string;
  version: string;
  description?: string;
  main?: string;
  types?: string;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** One packed tarball. */
export interface PackedPackage {
  name: string;
  version: string;
  /** Absolute path of the `.tgz`. */
  tarball: string;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(ROOT_DIR, dir, 'package.json'), 'utf8')) as Manifest;
}

/** Copies the built JavaScript and declarations, without tests, source maps or dropped files. */
function copyDist(from: string, to: string, drop: Set<string>): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) {
      copyDist(source, join(to, name), drop);
      continue;
    }
    const stem = name.replace(/\.(d\.ts|js)$/, '');
    if (!/\.(d\.ts|js)$/.test(name) || /\.test$/.test(stem) || (from.endsWith('/dist') && drop.has(stem))) continue;
    mkdirSync(to, { recursive: true });
    // The maps point at src/, which is not packed.
    writeFileSync(join(to, name), readFileSync(source, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'));
  }
}

/** The manifest a partner installs: internal dependencies pinned to the packed versions, nothing private. */
function packedManifest(kit: KitPackage, manifest: Manifest, versions: Map<string, string>): Manifest {
  const dependencies: Record<string, string> = {};
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (kit.dropDependencies?.includes(name)) continue;
    dependencies[name] = versions.get(name) ?? range;
  }
  // Not named `exports`: in the CommonJS build that name would hide the module's own `exports` (and ROOT_DIR with it).
  const packageExports = manifest.exports ? { ...manifest.exports } : undefined;
  const root = JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8')) as { license: string; engines: Record<string, string> };
  return {
    name: manifest.name,
    version: manifest.version,
    description: manifest.description,
    license: root.license,
    engines: root.engines,
    main: kit.entry ? `dist/${kit.entry}.js` : manifest.main,
    types: kit.entry ? `dist/${kit.entry}.d.ts` : manifest.types,
    ...(packageExports ? { exports: packageExports } : {}),
    dependencies,
  };
}

/**
 * Packs the kit into `outDir` (`npm pack` of a staged copy of each workspace: built files, README,
 * CHANGELOG, a manifest without workspace ranges). The workspaces must be built first.
 */
export function packKit(outDir: string): PackedPackage[] {
  mkdirSync(outDir, { recursive: true });
  const versions = new Map(KIT_PACKAGES.map((kit) => {
    const manifest = readManifest(kit.dir);
    return [manifest.name, manifest.version] as const;
  }));
  const stageRoot = mkdtempSync(join(tmpdir(), 'maillage-kit-'));
  try {
    return KIT_PACKAGES.map((kit) => {
      const manifest = readManifest(kit.dir);
      const source = join(ROOT_DIR, kit.dir);
      const stage = join(stageRoot, basename(kit.dir));
      const dist = join(source, 'dist');
      if (!existsSync(dist)) throw new Error(`${kit.dir}: dist/ is missing; run npm run build first`);
      for (const doc of ['README.md', 'CHANGELOG.md']) {
        if (!existsSync(join(source, doc))) throw new Error(`${kit.dir}: ${doc} is missing`);
        mkdirSync(stage, { recursive: true });
        cpSync(join(source, doc), join(stage, doc));
      }
      copyDist(dist, join(stage, 'dist'), new Set(kit.drop));
      for (const asset of kit.assets ?? []) cpSync(join(source, asset), join(stage, asset), { recursive: true });
      writeFileSync(join(stage, 'package.json'), `${JSON.stringify(packedManifest(kit, manifest, versions), null, 2)}\n`);
      const output = execFileSync('npm', ['pack', '--json', '--pack-destination', resolve(outDir)], { cwd: stage, encoding: 'utf8' });
      const [packed] = JSON.parse(output) as { filename: string }[];
      return { name: manifest.name, version: manifest.version, tarball: resolve(outDir, packed!.filename) };
    });
  } finally {
    rmSync(stageRoot, { recursive: true, force: true });
  }
}

function main(): void {
  const at = process.argv.indexOf('--out');
  const outDir = resolve(at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : join(ROOT_DIR, '.data/kit'));
  for (const packed of packKit(outDir)) {
    process.stdout.write(`${packed.name}@${packed.version}  ${relative(process.cwd(), packed.tarball) || packed.tarball}\n`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
