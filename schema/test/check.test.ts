import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSubgraph, CheckInputError, renderReport } from '../src/check';
import { publishSubgraph } from '../src/publish';
import { SCHEMA_DIR } from '../src/registry';

const contractsSdl = readFileSync(join(SCHEMA_DIR, 'contracts.graphql'), 'utf8');
/** The contracts SDL without `Contract.title`, which the portal's contract page reads. */
const withoutContractTitle = contractsSdl.replace('  """Objet du marché."""\n  title: String!\n', '');
/** An additive change: a new nullable field on Contract. */
const withNewField = contractsSdl.replace('  """Objet du marché."""\n  title: String!\n', '  """Objet du marché."""\n  title: String!\n\n  """Mot-clé libre (essai)."""\n  keyword: String\n');

const PARTNER_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

"""Personne en parcours d’insertion (données personnelles protégées, accès selon la table d’accès)."""
type Beneficiary @key(fields: "id") {
  """Identifiant de la personne (aléatoire, ne révèle rien)."""
  id: ID!
  """Nombre de visites au partenaire (essai)."""
  visits: Int
}
`;

/** A copy of schema/ to publish into: the tests never write the committed files. */
function schemaCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-schema-'));
  for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.graphql') || name.endsWith('.json') || name.endsWith('.md'))) {
    cpSync(join(SCHEMA_DIR, file), join(dir, file));
  }
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

describe('schema:check', () => {
  test('the committed contracts SDL checks clean: no change, every portal operation valid', async () => {
    const report = await checkSubgraph({ name: 'contracts', sdl: contractsSdl });
    expect(report.problems).toEqual([]);
    expect(report.changes).toEqual([]);
  });

  test('removing a field the portal uses from contracts is refused, with the change and the operation named', async () => {
    const report = await checkSubgraph({ name: 'contracts', sdl: withoutContractTitle });
    expect(report.changes).toContainEqual(expect.objectContaining({ level: 'BREAKING', path: 'Contract.title' }));
    expect(report.brokenOperations.join('\n')).toMatch(/contract\.graphql : .*Cannot query field "title" on type "Contract"/);
    expect(report.problems.length).toBeGreaterThan(0);
    const table = renderReport(report);
    expect(table).toMatch(/\| BREAKING +\| Contract\.title +\| Field 'title' .*removed/);
    expect(table).toContain('résultat : refusé');
  });

  test('an additive change to contracts is accepted and listed as safe', async () => {
    const report = await checkSubgraph({ name: 'contracts', sdl: withNewField });
    expect(report.problems).toEqual([]);
    expect(report.changes.map((change) => change.level)).toEqual(['SAFE', 'SAFE']);
    expect(report.changes).toContainEqual(expect.objectContaining({ level: 'SAFE', path: 'Contract.keyword', message: "Field 'keyword' was added to object type 'Contract'" }));
    expect(renderReport(report)).toContain('résultat : accepté');
  });

  test('a new partner adding a field to Beneficiary by its key composes', async () => {
    const report = await checkSubgraph({ name: 'visits', sdl: PARTNER_SDL });
    expect(report.problems).toEqual([]);
    expect(report.isNew).toBe(true);
    expect(report.changes).toContainEqual(expect.objectContaining({ level: 'SAFE', path: 'Beneficiary.visits' }));
  });

  test('a subgraph that redefines a field of a type it does not own is refused by name', async () => {
    const sdl = PARTNER_SDL.replace('  visits: Int', '  visits: Int\n  """Prénom."""\n  firstName: String');
    const report = await checkSubgraph({ name: 'visits', sdl });
    expect(report.problems).toEqual([expect.stringContaining('visits redéfinit Beneficiary.firstName, qui appartient à beneficiaries')]);
  });

  test('a subgraph that declares another subgraph’s value type is refused', async () => {
    const sdl = `${PARTNER_SDL}\n"""Relevé."""\ntype HoursStatement {\n  """Id."""\n  id: ID!\n}\n`;
    const report = await checkSubgraph({ name: 'visits', sdl });
    expect(report.problems).toEqual([expect.stringContaining('redéfinit le type HoursStatement, qui appartient à beneficiaries')]);
  });

  test('an SDL that does not parse gets a message saying where', async () => {
    await expect(checkSubgraph({ name: 'visits', sdl: 'type Broken {' })).rejects.toThrow(CheckInputError);
    await expect(checkSubgraph({ name: 'visits', sdl: 'type Broken {' })).rejects.toThrow(/le SDL de visits ne se lit pas \(ligne 1, colonne 14\)/);
  });

  test('the command exits non-zero on a breaking change and prints the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-check-'));
    try {
      writeFileSync(join(dir, 'contracts.graphql'), withoutContractTitle);
      let status = 0;
      let output = '';
      try {
        execFileSync(process.execPath, [join(SCHEMA_DIR, 'dist/check.js'), '--name', 'contracts', '--schema', join(dir, 'contracts.graphql')], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        status = (error as { status: number }).status;
        output = (error as { stdout: string }).stdout;
      }
      expect(status).toBe(1);
      expect(output).toContain('Contract.title');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('schema:publish', () => {
  let dir: string;
  beforeEach(() => (dir = schemaCopy()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a new partner is added to the registry and the supergraph, and the graph’s changelog says so', async () => {
    const { report, written } = await publishSubgraph({ name: 'visits', sdl: PARTNER_SDL, url: 'https://visits.example.org/graphql', schemaDir: dir, today: '2026-12-02' });
    expect(report.problems).toEqual([]);
    expect(written).toEqual(['schema/visits.graphql', 'schema/subgraphs.json', 'schema/CHANGELOG.md', 'schema/supergraph.graphql']);
    const registry = JSON.parse(readFileSync(join(dir, 'subgraphs.json'), 'utf8')) as { subgraphs: { name: string; url: string }[] };
    expect(registry.subgraphs.at(-1)).toEqual({ name: 'visits', url: 'https://visits.example.org/graphql' });
    expect(readFileSync(join(dir, 'supergraph.graphql'), 'utf8')).toContain('VISITS @join__graph(name: "visits", url: "https://visits.example.org/graphql")');
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain('## 2026-12-02 — visits joins the graph');
    // Published, it is now a subgraph of the graph: the same SDL checks with no change.
    expect((await checkSubgraph({ name: 'visits', sdl: PARTNER_SDL, schemaDir: dir })).changes).toEqual([]);
    expect(readdirSync(dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  test('a breaking change is published only with a reason, which the changelog keeps', async () => {
    const before = snapshot(dir);
    const refused = await publishSubgraph({ name: 'contracts', sdl: withoutContractTitle, url: 'http://localhost:4001/graphql', schemaDir: dir, operationsDir: join(dir, 'no-operations') });
    expect(refused.written).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
    const accepted = await publishSubgraph({
      name: 'contracts', sdl: withoutContractTitle, url: 'http://localhost:4001/graphql', schemaDir: dir,
      operationsDir: join(dir, 'no-operations'), acceptBreaking: 'le titre devient le libellé du lot', today: '2026-12-02',
    });
    expect(accepted.written).toHaveLength(4);
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('- breaking changes accepted: le titre devient le libellé du lot');
    expect(changelog).toMatch(/ {2}- Field 'title' .*removed/);
  });

  test('bad input writes nothing: an SDL that does not parse, a type it does not own, a URL that is not one', async () => {
    const before = snapshot(dir);
    await expect(publishSubgraph({ name: 'visits', sdl: 'type {', url: 'https://v.example.org/graphql', schemaDir: dir })).rejects.toThrow(/ne se lit pas/);
    const stolen = await publishSubgraph({ name: 'visits', sdl: PARTNER_SDL.replace('visits: Int', 'visits: Int\n  """Nom."""\n  lastName: String'), url: 'https://v.example.org/graphql', schemaDir: dir });
    expect(stolen.written).toEqual([]);
    await expect(publishSubgraph({ name: 'visits', sdl: PARTNER_SDL, url: 'pas une url', schemaDir: dir })).rejects.toThrow(/n'est pas une URL/);
    expect(snapshot(dir)).toEqual(before);
  });
});
