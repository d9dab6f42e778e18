import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessTableSection, renderAccessTable } from '@maillage/subgraph-kit';
import { outcomeOf, refusalOf, startTestSubgraph, VIEWER_BY_ROLE, type TestSubgraph } from '@maillage/test-kit';
import { ACCESS_MATRIX, ACCESS_TABLE, accessTableMarkers } from '../src/access/access-table';
import { trainingsSubgraph } from '../src/subgraph';

/** The trainings access table, role by role through the real subgraph (row-level cases: trainings.test.ts). */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(trainingsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

const ON_PERSON = `{ _entities(representations: [{ __typename: "Beneficiary", id: "b1e2f3a4-0000-4000-8000-000000000001" }]) { ... on Beneficiary { trainings { id } } } }`;
const ON_PLACEMENT = `{ _entities(representations: [{ __typename: "Placement", id: "91ace000-0000-4000-8000-000000000001" }]) { ... on Placement { attestedTrainingHours } } }`;

describe('the trainings access table', () => {
  test('the README shows the table of the code (run npm run access-table -w @maillage/subgraph-trainings when this fails)', () => {
    const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
    expect(accessTableSection(readme, accessTableMarkers)).toBe(renderAccessTable(ACCESS_TABLE, accessTableMarkers));
  });

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'read' && c.resource === 'TrainingAction').map((c) => [c.role, c.conditions] as const))(
    '%s reads the catalogue of training actions as the table says (%j)',
    async (role, conditions) => {
      expect(await outcomeOf(subgraph, '{ trainingActions(first: 1) { totalCount } }', {}, VIEWER_BY_ROLE[role])).toBe(conditions.length > 0 ? null : refusalOf(role));
    },
  );

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'read' && c.resource === 'Beneficiary.trainings').map((c) => [c.role, c.conditions] as const))(
    '%s may ask for a person’s trainings as the table says (%j)',
    async (role, conditions) => {
      expect(await outcomeOf(subgraph, ON_PERSON, {}, VIEWER_BY_ROLE[role])).toBe(conditions.length > 0 ? null : refusalOf(role));
    },
  );

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'read' && c.resource === 'Placement.attestedTrainingHours').map((c) => [c.role, c.conditions] as const))(
    '%s may ask for a placement’s attested training hours as the table says (%j)',
    async (role, conditions) => {
      expect(await outcomeOf(subgraph, ON_PLACEMENT, {}, VIEWER_BY_ROLE[role])).toBe(conditions.length > 0 ? null : refusalOf(role));
    },
  );
});
