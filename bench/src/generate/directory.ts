import type { ClientBase } from 'pg';
import { insertRows } from './insert';
import type { BenchModel } from './model';

const FIRST = ['Camille', 'Dominique', 'Claude', 'Sacha', 'Alix', 'Morgan', 'Lou', 'Charlie'];

/** Facilitator organisations, facilitators and their coverage (the geography is the subgraph's own load). */
export async function writeDirectory(client: ClientBase, model: BenchModel): Promise<number> {
  await insertRows(client, 'facilitator_organisation', ['id', 'name', 'kind', 'siret', 'commune_code'],
    model.organisations.map((o, i) => [o.id, `PLIE bench ${i + 1}`, 'PLIE', o.siret, o.commune]));
  await insertRows(client, 'facilitator', ['id', 'organisation_id', 'name', 'job_title', 'email', 'active'],
    model.facilitators.map((f, i) => [f.id, f.organisationId, `${FIRST[i % FIRST.length]} Bench ${i + 1}`,
      'Facilitateur des clauses sociales', `facilitateur${i + 1}@example.org`, true]));
  const coverage: unknown[][] = [];
  let n = 0;
  const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  for (const f of model.facilitators) {
    if (f.communes.length === 0) coverage.push([id(), f.id, 'DEPARTMENT', null, f.department]);
    for (const code of f.communes) coverage.push([id(), f.id, 'COMMUNE', code, null]);
  }
  await insertRows(client, 'facilitator_coverage', ['id', 'facilitator_id', 'level', 'commune_code', 'department_code'], coverage);
  return model.organisations.length + model.facilitators.length + coverage.length;
}
