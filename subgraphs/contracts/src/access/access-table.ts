import { accessMatrix, ROLES, tableMarkers, type AccessRule, type Grants } from '@maillage/subgraph-kit';

/**
 * Who may read and write the contract register: DESIGN.md §4 written once, for the kit's access-table
 * engine. The guards of `modules/access/contracts.access.ts`, the reference resolvers, the README table and
 * the role × resource tests all read it.
 *
 * A condition is checked against the row:
 * - `all`: any row;
 * - `territory`: the buyer's commune lies in one of the viewer's territories (its department, or the
 *   commune itself) — for a contract, a lot, a clause or a party, the buyer of the contract; for a report of
 *   a department or a region, every department of it; the nation is nobody's territory;
 * - `ownBuyer`: the viewer is the buyer (its organisation is the buyer's id or SIRET) — a buyer's own planned
 *   purchases and reports.
 * A role absent from a rule gets nothing; `public` (no token) gets nothing here.
 */
export type Condition = 'all' | 'territory' | 'ownBuyer';

/**
 * `register`: the public-procurement register (not personal data, but not public either); `census`: the
 * buyers' planned purchases, not published yet; `aggregate`: reports (« bilans »), figures only — the people
 * behind them are counted by the beneficiaries subgraph under its own table (small counts suppressed).
 */
export type Tier = 'register' | 'census' | 'aggregate';

const SIGNED_IN = { facilitator: ['all'], buyer: ['all'], company: ['all'], structure: ['all'], partner: ['all'], admin: ['all'] } as const satisfies Grants<Condition>;
/** Facilitators write for the buyers of their territories; admins anywhere. */
const FACILITATOR_OF_TERRITORY = { facilitator: ['territory'], admin: ['all'] } as const satisfies Grants<Condition>;
/** Companies are not filed under a territory: any facilitator may record one. */
const FACILITATORS = { facilitator: ['all'], admin: ['all'] } as const satisfies Grants<Condition>;

/**
 * A buyer's planned purchases (the census) are its intentions before any publication: the facilitators of
 * its territory read and write them, the buyer reads its own, admins everything; nobody else.
 */
const CENSUS_READ = { facilitator: ['territory'], buyer: ['ownBuyer'], admin: ['all'] } as const satisfies Grants<Condition>;

const register = (write: Grants<Condition>): AccessRule<Condition, Tier> => ({ tier: 'register', read: SIGNED_IN, write, audited: false });

export const ACCESS_TABLE = {
  Buyer: register(FACILITATOR_OF_TERRITORY),
  Contract: register(FACILITATOR_OF_TERRITORY),
  Lot: register(FACILITATOR_OF_TERRITORY),
  InsertionClause: register(FACILITATOR_OF_TERRITORY),
  ContractParty: register(FACILITATOR_OF_TERRITORY),
  Company: register(FACILITATORS),
  PlannedPurchase: { tier: 'census', read: CENSUS_READ, write: FACILITATOR_OF_TERRITORY, audited: false },
  /**
   * A report of a scope (contract, buyer, territory, department, region, nation): admins any; a facilitator
   * the scopes inside their territories; a buyer its own contracts' and its own reports. Nobody writes one.
   */
  InsertionReport: { tier: 'aggregate', read: { facilitator: ['territory'], buyer: ['ownBuyer'], admin: ['all'] }, write: {}, audited: false },
} as const satisfies Record<string, AccessRule<Condition, Tier>>;

export type Resource = keyof typeof ACCESS_TABLE;

/** The markers of the generated table in this subgraph's README. */
export const accessTableMarkers = tableMarkers('src/access/access-table.ts', '@maillage/subgraph-contracts');

/** Every role × resource × operation of the table, for the tests. */
export const ACCESS_MATRIX = accessMatrix(ACCESS_TABLE, ROLES);
