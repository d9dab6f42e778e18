import { accessMatrix, ROLES, tableMarkers, type AccessRule, type Grants } from '@maillage/subgraph-kit';

/**
 * Who may read and write the directory: DESIGN.md §4 written once, for the kit's access-table engine. The
 * guards of `modules/facilitator/facilitator.access.ts`, the mutations' `@Authorized`, the reference
 * resolvers, the README table and the role × resource tests all read it.
 *
 * The directory is public: every role, `public` included, reads everything here (professional e-mails and
 * phones are published on purpose). A condition is checked against the row:
 * - `all`: any row;
 * - `organisation`: the viewer acts for the facilitator organisation concerned (its directory id).
 */
export type Condition = 'all' | 'organisation';

/** `public`: published on purpose; `reference`: the French territories, loaded from the official source. */
export type Tier = 'public' | 'reference';

const EVERYONE = { public: ['all'], facilitator: ['all'], buyer: ['all'], company: ['all'], structure: ['all'], partner: ['all'], admin: ['all'] } as const satisfies Grants<Condition>;
/** Admins manage every organisation; a facilitator, their own and its facilitators (the order is that of `@Authorized`). */
const MANAGERS = { admin: ['all'], facilitator: ['organisation'] } as const satisfies Grants<Condition>;

export const ACCESS_TABLE = {
  'Region, Department, Epci, Commune': { tier: 'reference', read: EVERYONE, write: {}, audited: false },
  FacilitatorOrganisation: { tier: 'public', read: EVERYONE, write: MANAGERS, audited: false },
  'FacilitatorOrganisation(create)': { tier: 'public', read: {}, write: { admin: ['all'] }, audited: false },
  Facilitator: { tier: 'public', read: EVERYONE, write: MANAGERS, audited: false },
} as const satisfies Record<string, AccessRule<Condition, Tier>>;

export type Resource = keyof typeof ACCESS_TABLE;

/** The markers of the generated table in this subgraph's README. */
export const accessTableMarkers = tableMarkers('src/access/access-table.ts', '@maillage/subgraph-directory');

/** Every role × resource × operation of the table, for the tests. */
export const ACCESS_MATRIX = accessMatrix(ACCESS_TABLE, ROLES);
