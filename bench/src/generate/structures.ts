import type { ClientBase } from 'pg';
import { createRandom } from '../prng';
import { insertRows } from './insert';
import type { BenchModel } from './model';

const KINDS = ['ACI', 'AI', 'EI', 'ETTI', 'EA', 'ESAT', 'GEIQ', 'REGIE_DE_QUARTIER'];
const SECTORS = ['{BUILDING}', '{CLEANING,GREEN_SPACES}', '{CATERING}', '{LOGISTICS,RECYCLING}', '{PUBLIC_WORKS,BUILDING}'];

/** Insertion structures into the structures subgraph's database. */
export async function writeStructures(client: ClientBase, model: BenchModel): Promise<number> {
  const random = createRandom(model.seed + 2);
  await insertRows(client, 'structure', ['id', 'siret', 'name', 'name_search', 'kind', 'commune_code', 'served_department_codes',
    'sectors', 'services', 'insertion_capacity', 'contact_label', 'contact_email'],
    model.structures.map((s, i) => [s.id, s.siret, `Structure d'insertion ${i + 1}`, `structure d'insertion ${i + 1}`,
      random.pick(KINDS), s.commune, `{${s.department}}`, random.pick(SECTORS), '{PROVISION_OF_STAFF,SERVICE}', random.int(5, 80),
      'Accueil', `structure${i + 1}@example.org`]));
  return model.structures.length;
}
