import type { BenchCommune } from '../geography';
import { createRandom, type Random } from '../prng';
import { REFERENCE_MONTH, type Size } from '../sizes';
import { firstDay, lastDay, monthIndex } from './insert';

/** What the subgraphs share by key: generated once, written into each database by its writer. */
export interface BenchModel {
  size: Size;
  seed: number;
  communes: BenchCommune[];
  facilitators: { id: string; organisationId: string; department: string; communes: string[] }[];
  organisations: { id: string; siret: string; department: string; commune: string }[];
  buyers: { id: string; siret: string; commune: string }[];
  companies: { siret: string; commune: string }[];
  structures: { id: string; siret: string; commune: string; department: string }[];
  contracts: ContractRow[];
}

export interface ContractRow {
  id: string;
  buyerId: string;
  facilitatorId: string;
  status: string;
  start: number | null;
  end: number | null;
  holder: string | null;
  lots: { id: string; number: number; amount: number; hours: number | null; holder: string | null }[];
}

/** Contracts the first facilitator follows on top of its share of the others (at most 30 % of them: size S). */
const BUSIEST_EXTRA = 300;

const STATUSES: [string, number][] = [
  ['IN_EXECUTION', 0.6], ['CLOSED', 0.15], ['AWARDED', 0.1], ['PUBLISHED', 0.08], ['DRAFT', 0.05], ['CANCELLED', 0.02],
];

function pickStatus(random: Random): string {
  let roll = random.next();
  for (const [status, share] of STATUSES) {
    roll -= share;
    if (roll < 0) return status;
  }
  return 'IN_EXECUTION';
}

/** Communes weighted by population, so that big cities get more buyers, companies and people. */
export function weightedCommunes(communes: BenchCommune[], random: Random): () => BenchCommune {
  const cumulative: number[] = [];
  let total = 0;
  for (const c of communes) cumulative.push((total += Math.max(c.population, 50)));
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return communes[low]!;
  };
}

export function buildModel(size: Size, seed: number, communes: BenchCommune[]): BenchModel {
  const random = createRandom(seed);
  const commune = weightedCommunes(communes, random);
  const departments = [...new Set(communes.map((c) => c.department))].sort();
  const organisations = Array.from({ length: size.services ?? Math.max(1, Math.ceil(size.facilitators / 3)) }, (_, i) => {
    const department = departments[i % departments.length]!;
    const home = communes.find((c) => c.department === department)!;
    return { id: random.uuid(), siret: random.siret(), department, commune: home.code };
  });
  const facilitators = Array.from({ length: size.facilitators }, (_, i) => {
    const organisation = organisations[i % organisations.length]!;
    const local = communes.filter((c) => c.department === organisation.department);
    const picked = i < organisations.length ? [] : Array.from({ length: 12 }, () => random.pick(local).code);
    return { id: random.uuid(), organisationId: organisation.id, department: organisation.department, communes: [...new Set(picked)] };
  });
  const buyers = Array.from({ length: size.buyers }, () => ({ id: random.uuid(), siret: random.siret(), commune: commune().code }));
  const companies = Array.from({ length: size.companies }, () => ({ siret: random.siret(), commune: commune().code }));
  const structures = Array.from({ length: size.structures }, () => {
    const c = commune();
    return { id: random.uuid(), siret: random.siret(), commune: c.code, department: c.department };
  });
  const reference = monthIndex(REFERENCE_MONTH);
  const contracts: ContractRow[] = Array.from({ length: size.contracts }, () => {
    const status = pickStatus(random);
    // The first facilitator gets extra contracts so that one portfolio fills several dashboard pages of 50 at
    // every size: at S (300 contracts, 8 facilitators) the others have 24–31 each. A third of the contracts
    // (what S needs: 116, 64 in execution) gave it 117,828 at L (70,432 in execution, the others 235–336),
    // where the national figures are ≈ 100 contracts a year per facilitator (58,454 for 583). Its share is
    // now capped at BUSIEST_EXTRA contracts: 1,039 at L (636 in execution, the others 351–472) and 363 at M.
    // Still one draw per contract, and 0.3 at S (300 / 300 > 0.3): S's data is unchanged.
    const facilitator = random.chance(Math.min(0.3, BUSIEST_EXTRA / size.contracts)) ? facilitators[0]! : random.pick(facilitators);
    const executing = status === 'IN_EXECUTION' || status === 'CLOSED';
    const start = executing ? reference - random.int(3, size.years * 12 - 1) : status === 'AWARDED' ? reference + 1 : null;
    const end = start === null ? null : status === 'CLOSED' ? Math.min(reference, start + random.int(6, 30)) : Math.max(reference + 2, start + random.int(12, 48));
    const awarded = executing || status === 'AWARDED';
    const holder = awarded ? random.pick(companies).siret : null;
    const lots = Array.from({ length: random.int(1, 4) }, (_, n) => {
      const amount = random.int(50, 3_000) * 1_000;
      return { id: random.uuid(), number: n + 1, amount, hours: random.chance(0.85) ? amount : null, holder: awarded && n > 0 && random.chance(0.5) ? random.pick(companies).siret : null };
    });
    return { id: random.uuid(), buyerId: random.pick(buyers).id, facilitatorId: facilitator.id, status, start, end, holder, lots };
  });
  return { size, seed, communes, facilitators, organisations, buyers, companies, structures, contracts };
}

/** The reference of the model's contract at `index` (unique: the dashboard's order relies on it). */
export const contractReference = (index: number) => `BENCH-${index + 1}`;

export const dateOf = (index: number | null, last = false): string | null =>
  index === null ? null : last ? lastDay(index) : firstDay(index);
