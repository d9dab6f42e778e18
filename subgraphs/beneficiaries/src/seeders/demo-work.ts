import { NATIONAL_CRITERION_IDS } from '../migrations/Migration20261201000200_seed_national_eligibility_catalogue';
import { monthCapHundredths } from '../modules/hours/working-time';
import { fromHundredths } from '../modules/shared/hours';
import { addDays, addMonths, monthOf } from '../modules/shared/month';
import type { DemoPerson } from './demo-people';
import { demoId, type Random } from './random';

/** The last month of the 18 months of demo statements: fixed, so the data never depends on the clock. */
export const LAST_DEMO_MONTH = '2026-10';
export const FIRST_DEMO_MONTH = addMonths(LAST_DEMO_MONTH, -17);
const LAST_DAY = '2026-10-31';

const COMPANY = { batir: '39812340600017', proprete: '41234560500015', tremplin: '77700010000019' };
const STRUCTURE = { ei: '7a3b9c4d-0000-4000-8000-000000000001', etti: '7a3b9c4d-0000-4000-8000-000000000002', aci: '7a3b9c4d-0000-4000-8000-000000000003', esat: '7a3b9c4d-0000-4000-8000-000000000004' };

/** The demo contracts (contracts subgraph seed) and the ways their clauses are carried out. */
const WAYS: { contract: string; siret?: string; structure?: string; modality: string; contractType: string }[] = [
  { contract: '5c0e1d2a-0000-4000-8000-000000000001', siret: COMPANY.batir, modality: 'DIRECT_HIRE', contractType: 'CDD' },
  { contract: '5c0e1d2a-0000-4000-8000-000000000001', structure: STRUCTURE.etti, modality: 'ETTI', contractType: 'INTERIM_MISSION' },
  { contract: '5c0e1d2a-0000-4000-8000-000000000001', structure: STRUCTURE.ei, modality: 'SUBCONTRACTING_SIAE', contractType: 'CDDI' },
  { contract: '5c0e1d2a-0000-4000-8000-000000000001', siret: COMPANY.batir, modality: 'TRAINING', contractType: 'PROFESSIONALISATION' },
  { contract: '5c0e1d2a-0000-4000-8000-000000000002', siret: COMPANY.proprete, modality: 'DIRECT_HIRE', contractType: 'CDI' },
  { contract: '5c0e1d2a-0000-4000-8000-000000000002', structure: STRUCTURE.esat, modality: 'SUBCONTRACTING_EA_ESAT', contractType: 'OTHER' },
  { contract: '5c0e1d2a-0000-4000-8000-000000000002', structure: STRUCTURE.aci, modality: 'CO_CONTRACTING', contractType: 'CDDI' },
  { contract: '5c0e1d2a-0000-4000-8000-000000000003', siret: COMPANY.tremplin, modality: 'DIRECT_HIRE', contractType: 'CDDI' },
  { contract: '5c0e1d2a-0000-4000-8000-000000000003', structure: STRUCTURE.aci, modality: 'SUBCONTRACTING_SIAE', contractType: 'CDDI' },
];

/**
 * The jobs (ROME codes) of each demo contract's placements, taken in turn: mostly the contract's own trade,
 * some outside it (logistics, cleaning, reception on a building site) — the diversity facilitators seek.
 */
const JOBS: Record<string, string[]> = {
  '5c0e1d2a-0000-4000-8000-000000000001': ['F1703', 'F1704', 'F1606', 'F1703', 'N1105', 'F1602', 'K2204', 'F1704', 'F1613', 'M1601'],
  '5c0e1d2a-0000-4000-8000-000000000002': ['K2204', 'K2204', 'K2202', 'K2204', 'N1103', 'K2203', 'K2204', 'I1203'],
  '5c0e1d2a-0000-4000-8000-000000000003': ['A1203', 'A1203', 'A1202', 'A1203', 'N4105', 'A1201', 'A1203', 'K2303'],
};

const ORDINARY = ['RSA', 'DELD', 'DETLD', 'JEUNE_PEU_QUALIFIE', 'QPV', 'SENIOR', 'AVIS_MOTIVE', 'ASS', 'PARENT_ISOLE'];
const VALIDITY: Record<string, number | null> = { RSA: 90, DELD: 90, DETLD: 90, QPV: 180, AVIS_MOTIVE: 180, ASS: 90, PARENT_ISOLE: 90, AAH: 90, SOUS_MAIN_DE_JUSTICE: 180 };
const EXITS: [string, string | null][] = [
  ['DURABLE_EMPLOYMENT', 'CDI'], ['DURABLE_EMPLOYMENT', 'CDD_MORE_THAN_6_MONTHS'], ['TRANSITION_EMPLOYMENT', 'CDD_6_MONTHS_OR_LESS'],
  ['POSITIVE_EXIT_TRAINING', 'QUALIFYING_TRAINING'], ['POSITIVE_EXIT_OTHER_SIAE', 'OTHER_SIAE_HIRE'], ['JOB_SEEKING', null], ['INACTIVE', null], ['UNKNOWN', null],
];

export interface DemoWork {
  paths: Record<string, unknown>[]; criteria: Record<string, unknown>[]; placements: Record<string, unknown>[];
  statements: Record<string, unknown>[]; outcomes: Record<string, unknown>[];
}

function criteriaOf(random: Random, person: DemoPerson, index: number): Record<string, unknown>[] {
  const codes = new Set([random.pick(ORDINARY)]);
  if (random.chance(0.3)) codes.add(random.pick(ORDINARY));
  if (random.chance(0.1)) codes.add('RQTH');
  if (random.chance(0.05)) codes.add('AAH');
  if (random.chance(0.04)) codes.add('SOUS_MAIN_DE_JUSTICE');
  return [...codes].map((code, position) => {
    const proofDate = addDays(person.pathStart, -random.int(1, 20));
    const validity = VALIDITY[code] ?? null;
    return {
      id: demoId('bc000000', index * 10 + position + 1), beneficiary_id: person.id, criterion_id: NATIONAL_CRITERION_IDS[code], proof_type: 'Justificatif (démo)',
      proof_date: proofDate, expires_on: validity ? addDays(proofDate, validity - 1) : null,
      validated_for: person.pathStart, validated_by: 'demo-facilitator', validated_at: `${person.pathStart}T09:00:00Z`, recorded_by: 'demo-facilitator',
    };
  });
}

/** Monthly statements of a placement, within its dates and the 18 demo months; a few corrected once. */
function statementsOf(random: Random, placement: { id: string; start_date: string; end_date: string | null; employer_siret: string | null }, counter: { value: number }): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const first = monthOf(placement.start_date) > FIRST_DEMO_MONTH ? monthOf(placement.start_date) : FIRST_DEMO_MONTH;
  const last = placement.end_date && monthOf(placement.end_date) < LAST_DEMO_MONTH ? monthOf(placement.end_date) : LAST_DEMO_MONTH;
  for (let month = first; month <= last; month = addMonths(month, 1)) {
    const hours = () => Math.min(random.int(3_500, 15_167), monthCapHundredths(month));
    const employer = placement.employer_siret ? 'COMPANY' : 'STRUCTURE';
    const base = { placement_id: placement.id, month, training_hours: random.chance(0.15) ? '7.00' : '0.00', source: employer, declared_by: 'demo-employer', declared_by_role: employer.toLowerCase() };
    const corrected = random.chance(0.05);
    rows.push({ ...base, id: demoId('5747e000', ++counter.value), version: 1, hours_worked: fromHundredths(hours()), correction_reason: null, is_current: !corrected });
    if (corrected) {
      rows.push({ ...base, id: demoId('5747e000', ++counter.value), version: 2, hours_worked: fromHundredths(hours()), correction_reason: 'Relevé rectifié par l’employeur (démo)', is_current: true, source: 'FACILITATOR', declared_by: 'demo-facilitator', declared_by_role: 'facilitator' });
    }
  }
  return rows;
}

/** Paths, criteria, placements, 18 months of statements and outcomes for the demo people. */
export function generateWork(random: Random, people: DemoPerson[]): DemoWork {
  const work: DemoWork = { paths: [], criteria: [], placements: [], statements: [], outcomes: [] };
  const counter = { value: 0 };
  people.forEach((person, index) => {
    const closed = random.chance(0.25) && person.pathStart < '2026-06-01';
    const endedOn = closed ? addDays(person.pathStart, random.int(90, Math.max(91, Math.round((Date.parse(LAST_DAY) - Date.parse(person.pathStart)) / 86_400_000)))) : null;
    const pathId = demoId('9a7d0000', index + 1);
    work.paths.push({ id: pathId, beneficiary_id: person.id, referent_structure_id: person.referent_structure_id, started_on: person.pathStart, ended_on: endedOn, status: closed ? 'CLOSED' : 'OPEN' });
    work.criteria.push(...criteriaOf(random, person, index));
    const way = random.pick(WAYS);
    const placement = {
      id: demoId('91ace000', index + 1), beneficiary_id: person.id, path_id: pathId, contract_id: way.contract, lot_id: null,
      employer_siret: way.siret ?? null, employer_structure_id: way.structure ?? null, modality: way.modality, employment_contract_type: way.contractType,
      start_date: addDays(person.pathStart, random.int(0, 20)), end_date: endedOn,
      // Proofs are dated up to 20 days before the path and valid 90 days or more: one covers the start.
      eligibility_basis: 'CRITERION',
      rome_code: JOBS[way.contract]![index % JOBS[way.contract]!.length],
    };
    if (endedOn && placement.start_date > endedOn) placement.start_date = person.pathStart;
    work.placements.push(placement);
    work.statements.push(...statementsOf(random, placement, counter));
    if (closed && endedOn) {
      const [category, detail] = random.pick(EXITS);
      work.outcomes.push({ id: demoId('0c0e0000', index * 2 + 1), path_id: pathId, kind: 'AT_EXIT', category, detail, observed_on: endedOn, recorded_by: 'demo-facilitator' });
      const sixMonths = addDays(endedOn, 184);
      if (sixMonths <= LAST_DAY) {
        const [later, laterDetail] = random.pick(EXITS);
        work.outcomes.push({ id: demoId('0c0e0000', index * 2 + 2), path_id: pathId, kind: 'SIX_MONTHS', category: later, detail: laterDetail, observed_on: sixMonths, recorded_by: 'demo-facilitator' });
      }
    }
  });
  return work;
}
