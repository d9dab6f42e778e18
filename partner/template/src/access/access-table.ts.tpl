import { accessMatrix, ROLES, type AccessRule, type Grants } from '@maillage/subgraph-kit';

/**
 * Who may read and write this subgraph's data, written once, on the pattern of the beneficiaries' table:
 * the guards of `modules/follow-up/follow-up.access.ts`, the reference resolver and the tests read it.
 *
 * A condition is checked against the row:
 * - `all`: any row;
 * - `organisation`: the row was written by the viewer's organisation (the `organisation` claim of the
 *   identity the gateway signs).
 * A role absent from a rule gets nothing; `public` (no token) gets nothing here.
 */
export type Condition = 'all' | 'organisation';

/** `personal`: about a person (personal data: the row-level rule applies). */
export type Tier = 'personal';

/** A partner sees what its own organisation wrote; an admin sees everything. */
const OWN_ORGANISATION = { partner: ['organisation'], admin: ['all'] } as const satisfies Grants<Condition>;

export const ACCESS_TABLE = {
  {{Name}}FollowUp: { tier: 'personal', read: OWN_ORGANISATION, write: OWN_ORGANISATION, audited: false },
  'Beneficiary.{{nameCamel}}FollowUps': { tier: 'personal', read: OWN_ORGANISATION, write: {}, audited: false },
} as const satisfies Record<string, AccessRule<Condition, Tier>>;

export type Resource = keyof typeof ACCESS_TABLE;

/** Every role × resource × operation of the table, for the tests. */
export const ACCESS_MATRIX = accessMatrix(ACCESS_TABLE, ROLES);
