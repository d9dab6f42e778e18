import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { generatePeople } from './demo-people';
import { generateWork } from './demo-work';
import { createRandom } from './random';
import { addDays, today } from '../modules/shared/month';

export { DEMO_BENEFICIARIES } from './demo-people';

export const DEMO_PEOPLE_COUNT = 200;
const SEED = 20_261_201;

/** Inserts the rows of one table in one statement: the rows travel as a single JSON parameter. */
async function insertRows(em: EntityManager, table: string, columns: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await em.execute(
    `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, ?::jsonb)`,
    [JSON.stringify(rows.map((row) => Object.fromEntries(columns.split(',').map((column) => [column.trim(), row[column.trim()] ?? null]))))],
  );
}

/**
 * About two hundred fictional people across Rhône and Isère, with criteria, paths, placements on the
 * contracts seed's contracts through the different modalities, 18 months of statements and outcomes —
 * generated from a seeded PRNG, so identical everywhere. One INSERT per table: it takes well under a
 * second. A database that already has people is left as it is.
 */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  const [{ count }] = await em.execute<{ count: string }[]>('SELECT count(*)::text AS count FROM beneficiary');
  if (Number(count) > 0) return;
  const random = createRandom(SEED);
  const people = generatePeople(random, DEMO_PEOPLE_COUNT);
  const work = generateWork(random, people);
  // On purpose, for the facilitator's alerts: one open placement ends 20 days after the seeding, with no
  // outcome recorded (the only date of the demo that follows the clock).
  const inRhone = new Set(people.filter((person) => person.department_code === '69').map((person) => person.id));
  const ending = work.placements.find((placement) => placement.end_date === null && inRhone.has(placement.beneficiary_id as string));
  if (ending) ending.end_date = addDays(today(), 20);
  await em.transactional(async (tx) => {
    await tx.execute(
      "INSERT INTO eligibility_criterion (id, territory, code, label, proof_type, proof_validity_days, sensitivity) VALUES ('ec000000-0000-4000-8000-000000000069', '69', 'SUIVI_PLIE', 'Personne accompagnée par le PLIE de la Métropole de Lyon (démo)', 'Attestation du PLIE', 180, 'ORDINARY') ON CONFLICT DO NOTHING",
    );
    await insertRows(tx, 'beneficiary', 'id, first_name, last_name, birth_date, sex, email, phone, residence_commune_code, department_code, qpv_resident, qualification_level, france_travail_id, referent_structure_id, consent_date, created_at, updated_at',
      people.map((person, index) => ({ ...person, created_at: new Date(Date.UTC(2025, 2, 1, 8, 0, index)).toISOString(), updated_at: new Date(Date.UTC(2025, 2, 1)).toISOString() })));
    await insertRows(tx, 'insertion_path', 'id, beneficiary_id, referent_structure_id, started_on, ended_on, status', work.paths);
    await insertRows(tx, 'beneficiary_criterion', 'id, beneficiary_id, criterion_id, proof_type, proof_date, expires_on, validated_for, validated_by, validated_at, recorded_by, recorded_at',
      work.criteria.map((row) => ({ ...row, recorded_at: row.validated_at })));
    await insertRows(tx, 'placement', 'id, beneficiary_id, path_id, contract_id, lot_id, employer_siret, employer_structure_id, modality, employment_contract_type, start_date, end_date, eligibility_basis, rome_code, created_at',
      work.placements.map((row, index) => ({ ...row, created_at: new Date(Date.UTC(2025, 2, 1, 9, 0, index)).toISOString() })));
    await insertRows(tx, 'hours_statement', 'id, placement_id, month, version, hours_worked, training_hours, source, declared_by, declared_by_role, declared_at, correction_reason, is_current',
      work.statements.map((row) => ({ ...row, declared_at: `${row.month}-28T12:00:00Z` })));
    await insertRows(tx, 'outcome', 'id, path_id, kind, category, detail, observed_on, recorded_by, recorded_at', work.outcomes.map((row) => ({ ...row, recorded_at: `${row.observed_on}T12:00:00Z` })));
  });
  logger.info({ beneficiaries: people.length, placements: work.placements.length, statements: work.statements.length }, 'seeded demo data');
}
