import type { ClientBase } from 'pg';
import { createRandom } from '../prng';
import { REFERENCE_MONTH } from '../sizes';
import { firstDay, insertRows, lastDay, monthIndex, monthString } from './insert';
import { weightedCommunes, type BenchModel } from './model';

const MODALITIES = ['DIRECT_HIRE', 'ETTI', 'AI', 'GEIQ', 'SUBCONTRACTING_SIAE', 'CO_CONTRACTING'];
const CONTRACT_TYPES = ['CDD', 'CDDI', 'INTERIM_MISSION', 'CDI', 'APPRENTICESHIP'];
const LEVELS = ['BELOW_LEVEL_3', 'LEVEL_3', 'LEVEL_4', 'LEVEL_5'];
const OUTCOMES = ['DURABLE_EMPLOYMENT', 'TRANSITION_EMPLOYMENT', 'POSITIVE_EXIT_TRAINING', 'JOB_SEEKING', 'UNKNOWN'];
/** Months a batch-pool placement leaves undeclared, for the hours-batch scenario to declare. */
export const POOL_MONTHS = 48;
const STATEMENT_COLUMNS = ['id', 'placement_id', 'month', 'version', 'hours_worked', 'training_hours', 'source', 'declared_by',
  'declared_by_role', 'is_current'];

export interface BeneficiariesResult {
  rows: number;
  statements: number;
  /** Open placements with no statement for the last POOL_MONTHS months. */
  poolPlacements: string[];
}

/** People, paths, placements, monthly hours and outcomes into the (rewritten) beneficiaries database. */
export async function writeBeneficiaries(client: ClientBase, model: BenchModel, poolSize: number): Promise<BeneficiariesResult> {
  const random = createRandom(model.seed + 3);
  const commune = weightedCommunes(model.communes, random);
  const criteria = (await client.query<{ id: string; proof_type: string }>('SELECT id, proof_type FROM eligibility_criterion ORDER BY code LIMIT 8')).rows;
  const reference = monthIndex(REFERENCE_MONTH);
  const size = model.size;
  const people: unknown[][] = [];
  const paths: { id: string; person: string; start: number; end: number | null; structure: string }[] = [];
  for (let i = 0; i < size.people + poolSize; i++) {
    const c = commune();
    const id = random.uuid();
    people.push([id, `Prénom${i + 1}`, `Nom${i + 1}`, `${random.int(1960, 2006)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
      random.chance(0.45) ? 'FEMALE' : 'MALE', c.code, c.department, random.chance(0.3), random.pick(LEVELS), random.pick(model.structures).id, '2022-01-01']);
    paths.push({ id: random.uuid(), person: id, start: reference - size.years * 12, end: null, structure: random.pick(model.structures).id });
  }
  await insertRows(client, 'beneficiary', ['id', 'first_name', 'last_name', 'birth_date', 'sex', 'residence_commune_code', 'department_code',
    'qpv_resident', 'qualification_level', 'referent_structure_id', 'consent_date'], people);
  const criterionRows = criteria.length === 0 ? [] : people.map((p) => {
    const criterion = random.pick(criteria);
    return [random.uuid(), p[0], criterion.id, criterion.proof_type, '2022-01-01', null, 'bench-generator'];
  });
  await insertRows(client, 'beneficiary_criterion', ['id', 'beneficiary_id', 'criterion_id', 'proof_type', 'proof_date', 'expires_on', 'recorded_by'], criterionRows);

  const executing = model.contracts.filter((c) => c.start !== null && c.start <= reference);
  const placementCount = size.placements ?? Math.round(size.people * 1.25);
  const average = size.statements / placementCount;
  const placements: unknown[][] = [];
  const plan: { id: string; start: number; end: number }[] = [];
  const lastMonthOf = new Map<number, number>();
  for (let i = 0; i < placementCount; i++) {
    const person = i < size.people ? i : random.int(0, size.people - 1);
    // Every contract in execution gets a placement first (the national figures count contracts with hours).
    const contract = i < executing.length ? executing[i]! : random.pick(executing);
    const windowEnd = Math.min(contract.end!, reference);
    const length = Math.min(windowEnd - contract.start! + 1, random.int(Math.max(1, Math.floor(average / 2)), Math.ceil(average * 1.5)));
    const start = windowEnd - length + 1 - random.int(0, Math.max(0, windowEnd - length + 1 - contract.start!));
    const end = start + length - 1;
    const id = random.uuid();
    const lot = random.pick(contract.lots);
    const structure = random.chance(0.3) ? random.pick(model.structures).id : null;
    placements.push([id, paths[person]!.person, paths[person]!.id, contract.id, lot.id, structure ? null : (lot.holder ?? contract.holder),
      structure, random.pick(MODALITIES), random.pick(CONTRACT_TYPES), firstDay(start), end >= reference ? null : lastDay(end)]);
    plan.push({ id, start, end });
    lastMonthOf.set(person, Math.max(lastMonthOf.get(person) ?? 0, end >= reference ? Infinity : end));
  }
  const poolPlacements: string[] = [];
  for (let i = size.people; i < size.people + poolSize; i++) {
    const id = random.uuid();
    poolPlacements.push(id);
    const contract = random.pick(executing);
    placements.push([id, paths[i]!.person, paths[i]!.id, contract.id, null, contract.holder ?? model.companies[0]!.siret, null, 'DIRECT_HIRE', 'CDDI',
      firstDay(reference - POOL_MONTHS + 1), null]);
    lastMonthOf.set(i, Infinity);
  }
  await insertPaths(client, paths, lastMonthOf, reference);
  await insertRows(client, 'placement', ['id', 'beneficiary_id', 'path_id', 'contract_id', 'lot_id', 'employer_siret',
    'employer_structure_id', 'modality', 'employment_contract_type', 'start_date', 'end_date'], placements);
  let statementCount = 0;
  const statements: unknown[][] = [];
  for (const p of plan) {
    for (let m = p.start; m <= p.end; m++) {
      statements.push([random.uuid(), p.id, monthString(m), 1, random.int(20, 151).toFixed(2), random.chance(0.1) ? '7.00' : '0.00', 'COMPANY',
        'bench-generator', 'company', true]);
      statementCount++;
    }
    if (statements.length >= 20_000) await insertRows(client, 'hours_statement', STATEMENT_COLUMNS, statements.splice(0));
  }
  await insertRows(client, 'hours_statement', STATEMENT_COLUMNS, statements.splice(0));
  const outcomes = paths.filter((_, i) => (lastMonthOf.get(i) ?? Infinity) !== Infinity).map((p, i) => [random.uuid(), p.id, 'AT_EXIT',
    OUTCOMES[i % OUTCOMES.length], firstDay(reference), 'bench-generator']);
  await insertRows(client, 'outcome', ['id', 'path_id', 'kind', 'category', 'observed_on', 'recorded_by'], outcomes);
  return { rows: people.length + criterionRows.length + paths.length + placementCount + poolSize + statementCount + outcomes.length, statements: statementCount, poolPlacements };
}

async function insertPaths(client: ClientBase, paths: { id: string; person: string; start: number; structure: string }[],
  lastMonthOf: Map<number, number>, reference: number): Promise<void> {
  await insertRows(client, 'insertion_path', ['id', 'beneficiary_id', 'referent_structure_id', 'started_on', 'ended_on', 'status'],
    paths.map((p, i) => {
      const last = lastMonthOf.get(i);
      const closed = last !== undefined && last !== Infinity && last < reference;
      return [p.id, p.person, p.structure, firstDay(p.start - 1), closed ? lastDay(last) : null, closed ? 'CLOSED' : 'OPEN'];
    }));
}
