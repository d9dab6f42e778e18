import { dashboardPage, dashboardPageCount, type DashboardList } from './dashboard-pages';
import type { Random } from './prng';

/** What a scenario draws its variables from (ids of the generated data). */
export interface ScenarioData {
  /** The dashboard's lists that fill a page, and every full page of each (see `dashboardLists`). */
  dashboardLists: DashboardList[];
  /** Contracts in execution or closed, every facilitator's (the detail scenario picks among them). */
  contractIds: string[];
  buyerIds: string[];
  postalCodes: string[];
  poolPlacements: string[];
  /** Months the pool placements may still declare, oldest first. */
  poolMonths: string[];
}

export interface Scenario {
  name: string;
  title: string;
  /** Needs the rewritten beneficiaries subgraph (placements, hours, insertionProgress). */
  needsBeneficiaries: boolean;
  mutation?: boolean;
  query: string;
  /** Variables of one request; `pageSize` is the list size (or the lines of a batch). */
  variables(data: ScenarioData, random: Random, pageSize: number): Record<string, unknown>;
}

const PROGRESS = 'insertionProgress { hoursRealised hoursTarget ratio people lastMonthDeclared }';

export const dashboardQuery = (withProgress: boolean) => `query Dashboard($facilitatorId: ID!, $status: [ContractStatus!], $first: Int!, $after: String) {
  contracts(filter: { facilitatorId: $facilitatorId, status: $status }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id reference title executionStart executionEnd hoursTarget
      buyer { id name kind }
      holder { siret name }
      facilitator { id name email organisation { name } }
      ${withProgress ? PROGRESS : ''}
    }
  }
}`;

/** A batch counter shared by the requests of a run: each line is a (placement, month) not declared yet. */
let batchCursor = 0;

/**
 * The `n`-th line of a run's batches: the pool's placements one after the other, each for all its months.
 * A batch of 500 lines is then about ten people's 48 months, as an employer catching up on its employees'
 * hours would send them, and the 64 batches of a round are for people of their own (two neighbours share at
 * most the one person at their boundary). Each pool placement is a person of its own, on a contract drawn
 * among those in execution, so the batches still add to the same contracts' roll-up rows.
 *
 * Before, a batch was one or two months for 500 of the pool's 667 people: every batch of a round waited for the
 * same people's locks (the working-time check locks the people of a batch), so the batch measured one queue
 * of locks — about one batch at a time, whatever the concurrency — and never two batches adding to the same
 * roll-up rows at once, which is how the roll-up's deadlock was found (issue 21).
 */
export function batchLine(data: Pick<ScenarioData, 'poolPlacements' | 'poolMonths'>, n: number): { placementId: string; month: string } {
  const months = data.poolMonths.length;
  return {
    placementId: data.poolPlacements[Math.floor(n / months) % data.poolPlacements.length]!,
    month: data.poolMonths[n % months]!,
  };
}
export function resetBatchCursor(): void {
  batchCursor = 0;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'dashboard',
    title: 'Portal dashboard (contracts in execution, a full page of 50)',
    needsBeneficiaries: false,
    query: dashboardQuery(true),
    // A full page every time, so that every size reads the same 50 contracts' worth: a (facilitator, filter)
    // whose list fills a page, then any of its full pages, the first one included. Every full page is drawn
    // as often as any other (a list by its number of pages): identical requests in flight at once may be
    // merged by either gateway's dedup, so the fewer repeats the better.
    variables: (data, random, pageSize) => {
      const { list, index } = dashboardPage(data.dashboardLists, random.int(0, dashboardPageCount(data.dashboardLists) - 1));
      return { facilitatorId: list.facilitatorId, status: list.status, first: pageSize, after: list.after[index] };
    },
  },
  {
    name: 'detail',
    title: 'Contract detail (lots, clauses, parties, placements, hours by month)',
    needsBeneficiaries: true,
    query: `query Detail($id: ID!, $first: Int!) {
  contract(id: $id) { id reference title status executionStart executionEnd hoursTarget
    buyer { name }
    lots { number title amount clause { legalBasis hoursTarget modalities } parties { role company { siret name } } }
    parties { role startDate company { siret name } }
    insertionProgress { hoursRealised hoursTarget ratio people byMonth { month hours people } byModality { modality hours people } }
  }
  placements(filter: { contractId: $id }, first: $first) {
    totalCount
    nodes { id modality startDate endDate beneficiary { id firstName lastName } statements { month hoursWorked trainingHours } }
  }
}`,
    variables: (data, random, pageSize) => ({ id: random.pick(data.contractIds), first: pageSize }),
  },
  {
    name: 'lookup',
    title: 'Public look-up (facilitators for a postal code)',
    needsBeneficiaries: false,
    query: `query Lookup($postalCode: String!) {
  facilitatorsFor(postalCode: $postalCode) {
    place { ... on Commune { code name } }
    facilitators { level facilitator { name email phone organisation { name website } } }
  }
}`,
    variables: (data, random) => ({ postalCode: random.pick(data.postalCodes) }),
  },
  {
    name: 'batch',
    title: 'Hours batch (500 statements in one mutation)',
    needsBeneficiaries: true,
    mutation: true,
    query: `mutation Batch($lines: [HoursLineInput!]!, $key: String!) {
  declareHoursBatch(lines: $lines, idempotencyKey: $key) { declared rejected }
}`,
    variables: (data, random, pageSize) => {
      const lines = Array.from({ length: pageSize }, () => ({ ...batchLine(data, batchCursor++), hoursWorked: `${random.int(20, 150)}.00` }));
      return { lines, key: `bench-${batchCursor}-${random.digits(8)}` };
    },
  },
  {
    name: 'report',
    title: 'Annual report for a buyer (hours, people, by modality and month)',
    needsBeneficiaries: true,
    query: `query Report($buyerId: ID!, $status: [ContractStatus!], $first: Int!) {
  buyer(id: $buyerId) { name kind }
  contracts(filter: { buyerId: $buyerId, status: $status }, first: $first) {
    totalCount
    nodes { reference status hoursTarget
      insertionProgress { hoursRealised trainingHours people byModality { modality hours people } byMonth { month hours people } }
    }
  }
}`,
    variables: (data, random, pageSize) => ({ buyerId: random.pick(data.buyerIds), status: random.chance(0.5) ? null : ['IN_EXECUTION', 'CLOSED'], first: pageSize }),
  },
];

/** The page size of the timed runs: 50 for lists, 500 lines for the batch. */
export const timedPageSize = (scenario: Pick<Scenario, 'name'>) => (scenario.name === 'batch' ? 500 : 50);
