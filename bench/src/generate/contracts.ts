import type { ClientBase } from 'pg';
import { createRandom } from '../prng';
import { insertRows } from './insert';
import { contractReference, dateOf, type BenchModel } from './model';

const KINDS = ['COMMUNE', 'EPCI', 'DEPARTMENT', 'PUBLIC_ESTABLISHMENT', 'SOCIAL_LANDLORD', 'STATE'];
const SECTORS = ['BUILDING', 'CLEANING', 'GREEN_SPACES', 'CATERING', 'WASTE', 'SERVICES'];
const MODALITIES = ['{DIRECT_HIRE,TEMPORARY_WORK_ETTI}', '{DIRECT_HIRE,SUBCONTRACTING}', '{DIRECT_HIRE,STAFF_PROVISION_AI_GEIQ,TRAINING}'];

/** Buyers, companies, contracts, lots, clauses and parties into the contracts subgraph's database. */
export async function writeContracts(client: ClientBase, model: BenchModel): Promise<number> {
  const random = createRandom(model.seed + 1);
  await insertRows(client, 'buyer', ['id', 'name', 'kind', 'siret', 'commune_code', 'contact_name', 'contact_email'],
    model.buyers.map((b, i) => [b.id, `Acheteur public ${i + 1}`, random.pick(KINDS), b.siret, b.commune, `Contact ${i + 1}`, `achats${i + 1}@example.org`]));
  await insertRows(client, 'company', ['siret', 'name', 'naf_code', 'commune_code'],
    model.companies.map((c, i) => [c.siret, `Entreprise ${i + 1}`, `${random.int(1000, 9699)}Z`, c.commune]));
  const contracts: unknown[][] = [];
  const lots: unknown[][] = [];
  const clauses: unknown[][] = [];
  const parties: unknown[][] = [];
  let written = 0;
  // Flushed in chunks (contracts before their lots, clauses and parties): size L does not fit in one go.
  const flush = async () => {
    written += contracts.length + lots.length + clauses.length + parties.length;
    await insertRows(client, 'contract', ['id', 'buyer_id', 'reference', 'title', 'sector', 'estimated_amount', 'notification_date',
      'execution_start', 'execution_end', 'status', 'facilitator_id'], contracts.splice(0));
    await insertRows(client, 'lot', ['id', 'contract_id', 'number', 'title', 'amount'], lots.splice(0));
    await insertRows(client, 'insertion_clause', ['id', 'lot_id', 'legal_basis', 'hours_target', 'formula_amount', 'labour_share',
      'insertion_rate', 'hourly_cost', 'formula_hours', 'modalities'], clauses.splice(0));
    await insertRows(client, 'contract_party', ['id', 'contract_id', 'lot_id', 'company_siret', 'role', 'start_date', 'end_date'], parties.splice(0));
  };
  for (const [i, c] of model.contracts.entries()) {
    const amount = c.lots.reduce((sum, lot) => sum + lot.amount, 0);
    contracts.push([c.id, c.buyerId, contractReference(i), `Marché ${i + 1} : travaux et services`, random.pick(SECTORS), amount.toFixed(2),
      dateOf(c.start === null ? null : c.start - 1), dateOf(c.start), dateOf(c.end, true), c.status, c.facilitatorId]);
    if (c.holder) parties.push([random.uuid(), c.id, null, c.holder, 'HOLDER', dateOf(c.start), dateOf(c.end, true)]);
    for (const lot of c.lots) {
      lots.push([lot.id, c.id, lot.number, `Lot ${lot.number}`, lot.amount.toFixed(2)]);
      if (lot.hours !== null) {
        const hours = ((lot.amount * 0.4 * 0.05) / 30).toFixed(2);
        clauses.push([random.uuid(), lot.id, 'EXECUTION_CONDITION', hours, lot.amount.toFixed(2), '0.4000', '0.0500', '30.00', hours, random.pick(MODALITIES)]);
      }
      if (lot.holder) parties.push([random.uuid(), c.id, lot.id, lot.holder, 'HOLDER', dateOf(c.start), dateOf(c.end, true)]);
      if (c.holder && random.chance(0.4)) {
        const sub = random.pick(model.companies).siret;
        if (sub !== c.holder) parties.push([random.uuid(), c.id, lot.id, sub, 'SUBCONTRACTOR', null, null]);
      }
    }
    if (contracts.length >= 20_000) await flush();
  }
  await flush();
  return model.buyers.length + model.companies.length + written;
}
