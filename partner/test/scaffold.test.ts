import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkSubgraph } from '@maillage/schema/dist/check';
import { ROOT_DIR } from '../src/pack';
import { scaffoldPartner, ScaffoldError, validatePartnerName } from '../src/new';

describe('npm run partner:new', () => {
  test.each([
    ['Formations', 'label DNS'],
    ['2formations', 'label DNS'],
    ['formations-', 'label DNS'],
    ['form--ations', 'label DNS'],
    ['formation_rhone', 'label DNS'],
    ['a'.repeat(64), 'label DNS'],
    ['contracts', 'déjà un sous-graphe du graphe'],
    ['beneficiaries', 'déjà un sous-graphe du graphe'],
  ])('refuses the name %j with a message, and writes nothing', (name, message) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'maillage-scaffold-')), 'target');
    try {
      expect(() => scaffoldPartner(name, { dir })).toThrow(ScaffoldError);
      expect(() => scaffoldPartner(name, { dir })).toThrow(message);
      expect(existsSync(dir)).toBe(false);
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });

  test('derives the names of types, fields and tables from a DNS label', () => {
    expect(validatePartnerName('formations-rhone')).toEqual({ name: 'formations-rhone', Name: 'FormationsRhone', nameCamel: 'formationsRhone', name_snake: 'formations_rhone' });
  });

  test('refuses a folder that is not empty, and a --dir inside this repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-scaffold-'));
    try {
      writeFileSync(join(dir, 'notes.txt'), 'à garder');
      expect(() => scaffoldPartner('demo', { dir })).toThrow("n'est pas vide");
      expect(readdirSync(dir)).toEqual(['notes.txt']);
      expect(() => scaffoldPartner('demo', { dir: join(ROOT_DIR, 'subgraphs', 'demo') })).toThrow('est dans le dépôt');
      expect(existsSync(join(ROOT_DIR, 'subgraphs', 'demo'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('in a folder outside the repository', () => {
    let parent: string;
    let dir: string;

    beforeAll(() => {
      parent = mkdtempSync(join(tmpdir(), 'maillage-scaffold-'));
      // mkdtemp makes a 0700 folder; run as root, the embedded PostgreSQL's binaries run as the `postgres`
      // user, who must be able to reach them in the partner's node_modules.
      chmodSync(parent, 0o755);
      dir = join(parent, 'demo-partner');
      mkdirSync(dir);
    });

    afterAll(() => rmSync(parent, { recursive: true, force: true }));

    test('the new subgraph installs from the packed kit, passes its own tests through the real server, and composes with the graph', async () => {
      expect(relative(ROOT_DIR, dir).startsWith('..')).toBe(true);
      scaffoldPartner('demo-partner', { dir });
      for (const file of ['package.json', 'Dockerfile', 'README.md', 'jest.config.js', '.gitignore', 'src/main.ts', 'test/subgraph.test.ts', 'src/seeders/demo.seeder.ts']) {
        expect(existsSync(join(dir, file))).toBe(true);
      }
      expect(readdirSync(join(dir, 'vendor')).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^maillage-subgraph-kit-\d+\.\d+\.\d+\.tgz$/)]));
      const manifest = readFileSync(join(dir, 'package.json'), 'utf8');
      expect(manifest).toContain('"@maillage/subgraph-kit": "file:vendor/maillage-subgraph-kit-');
      expect(manifest).not.toContain(ROOT_DIR);
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('## Rejoindre le graphe');

      const run = (args: string[]): string => {
        const result = spawnSync('npm', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
        const output = `${result.stdout}${result.stderr}`;
        if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${output.slice(-4000)}`);
        return output;
      };
      run(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']);
      const output = run(['test']);
      expect(output).toMatch(/Tests: +5 passed, 5 total/);

      run(['run', 'print-schema']);
      const report = await checkSubgraph({ name: 'demo-partner', sdl: readFileSync(join(dir, 'demo-partner.graphql'), 'utf8') });
      expect(report.problems).toEqual([]);
      expect(report.changes).toContainEqual(expect.objectContaining({ level: 'SAFE', path: 'Beneficiary.demoPartnerFollowUps' }));
    }, 900_000);
  });
});
