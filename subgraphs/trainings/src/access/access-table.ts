import { accessMatrix, ROLES, tableMarkers, type AccessRule as TableRule, type Grants as TableGrants } from '@maillage/subgraph-kit';

/**
 * Who may read and write the trainings of a training organisation, on the pattern of the beneficiaries'
 * table: every resolver, loader and `__resolveReference` asks `can()` (access.ts), which reads this table;
 * the tests generate their role × resource matrix from it; the README renders it (`npm run access-table`).
 *
 * A condition is checked against the training action concerned:
 * - `all`: any row;
 * - `organisation`: the viewer is the training organisation of the action (its `organisation` claim is the
 *   action's SIRET). **Gap**: the graph has no « training organisation » role; a training organisation signs
 *   in as a `partner` (a service account) whose organisation is its SIRET. A role of its own would change
 *   `ROLES` in `@maillage/access`, for every subgraph: left to a decision of the hub.
 * - `territory`: the action takes place in one of the viewer's territories (department or commune codes).
 *   **Gap**: this subgraph does not know where the person lives (the beneficiaries subgraph does, and it is
 *   personal data); a facilitator sees the enrolments of the actions held in their territories.
 * A role absent from a rule gets nothing; `public` (no token) gets nothing here.
 */
export type Condition = 'all' | 'organisation' | 'territory';

/** `catalogue`: training actions (no personal data); `personal`: who follows which training; `work`: attested hours. */
export type Tier = 'catalogue' | 'personal' | 'work';

export type Grants = TableGrants<Condition>;
export type AccessRule = TableRule<Condition, Tier>;

const SIGNED_IN = { facilitator: ['all'], buyer: ['all'], company: ['all'], structure: ['all'], partner: ['all'], admin: ['all'] } as const satisfies Grants;
/** The training organisation for its own actions; an admin anywhere. */
const ORGANISATION_WRITES = { partner: ['organisation'], admin: ['all'] } as const satisfies Grants;
/** People: the training organisation they are enrolled with, the facilitators of the action's territory, an admin. */
const PEOPLE_READ = { partner: ['organisation'], facilitator: ['territory'], admin: ['all'] } as const satisfies Grants;

export const ACCESS_TABLE = {
  TrainingAction: { tier: 'catalogue', read: SIGNED_IN, write: ORGANISATION_WRITES, audited: false },
  TrainingEnrolment: { tier: 'personal', read: PEOPLE_READ, write: ORGANISATION_WRITES, audited: false },
  TrainingAttendance: { tier: 'work', read: PEOPLE_READ, write: ORGANISATION_WRITES, audited: false },
  'Beneficiary.trainings': { tier: 'personal', read: PEOPLE_READ, write: {}, audited: false },
  'Placement.attestedTrainingHours': { tier: 'work', read: PEOPLE_READ, write: {}, audited: false },
} as const satisfies Record<string, AccessRule>;

export type Resource = keyof typeof ACCESS_TABLE;

/** The markers of the generated table in this subgraph's README. */
export const accessTableMarkers = tableMarkers('src/access/access-table.ts', '@maillage/subgraph-trainings');

/** Every role × resource × operation of the table, for the tests. */
export const ACCESS_MATRIX = accessMatrix(ACCESS_TABLE, ROLES);
