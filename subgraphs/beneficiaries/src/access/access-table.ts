import { ROLES, type AccessRule as TableRule, type Grants as TableGrants, type Role } from '@maillage/subgraph-kit';

/**
 * Who may read and write each type and personal field of this subgraph: DESIGN.md §4 written once. Every
 * resolver, loader and `__resolveReference` asks `can()` (access.ts), which reads this table; the tests
 * generate their role × field matrix from it; the README renders it (`renderAccessTable`).
 *
 * A condition is checked against the row:
 * - `all`: any row;
 * - `territory`: the beneficiary lives in one of the viewer's territories (department or commune code);
 * - `referent`: the viewer is the beneficiary's referent structure (organisation = structure id);
 * - `employer`: the viewer employs the person on a placement (organisation = the employer's SIRET for a
 *   company, the employer structure's id for a structure) — for a placement or a statement, on that one.
 * A role absent from a rule gets nothing. `public` (no token) appears nowhere: it gets nothing here.
 */
export type Condition = 'all' | 'territory' | 'referent' | 'employer';

/**
 * How sensitive a resource is. `health` (RQTH, AAH: GDPR art. 9, CNIL deliberation 2023-005) and
 * `justice` (criminal-record data: GDPR art. 10) are the most restricted tier.
 */
export type Tier = 'identity' | 'personal' | 'ordinary' | 'health' | 'justice' | 'work' | 'aggregate' | 'reference' | 'audit';

export type Grants = TableGrants<Condition>;

/** A row of the table (the kit's engine); `audited`: reads are written to the audit log (writes on personal data always are). */
export type AccessRule = TableRule<Condition, Tier>;

const FACILITATOR_OF_TERRITORY = { facilitator: ['territory'], admin: ['all'] } as const satisfies Grants;
/** Identity: the facilitators of the territory, the referent structure, and the employer (names only). */
const IDENTITY_READ = { ...FACILITATOR_OF_TERRITORY, structure: ['referent', 'employer'], company: ['employer'] } as const satisfies Grants;
/** Personal data and ordinary criteria: the facilitators of the territory and the referent structure. */
const PERSONAL_READ = { ...FACILITATOR_OF_TERRITORY, structure: ['referent'] } as const satisfies Grants;
/** The work itself (placements, hours): also the employer, for its own placements. */
const WORK_READ = { ...FACILITATOR_OF_TERRITORY, structure: ['referent', 'employer'], company: ['employer'] } as const satisfies Grants;
const EMPLOYER_DECLARES = { ...FACILITATOR_OF_TERRITORY, structure: ['employer'], company: ['employer'] } as const satisfies Grants;
const SIGNED_IN = { facilitator: ['all'], buyer: ['all'], company: ['all'], structure: ['all'], partner: ['all'], admin: ['all'] } as const satisfies Grants;

const identity: AccessRule = { tier: 'identity', read: IDENTITY_READ, write: FACILITATOR_OF_TERRITORY, audited: true };
const personal: AccessRule = { tier: 'personal', read: PERSONAL_READ, write: FACILITATOR_OF_TERRITORY, audited: true };

export const ACCESS_TABLE = {
  'Beneficiary.firstName': identity,
  'Beneficiary.lastName': identity,
  'Beneficiary.birthDate': personal,
  'Beneficiary.sex': personal,
  'Beneficiary.email': personal,
  'Beneficiary.phone': personal,
  'Beneficiary.franceTravailId': personal,
  'Beneficiary.residenceCommune': personal,
  'Beneficiary.qpvResident': personal,
  'Beneficiary.qualificationLevel': personal,
  'Beneficiary.referentStructure': personal,
  'Beneficiary.consentDate': personal,
  'Beneficiary.eligibility': { tier: 'ordinary', read: PERSONAL_READ, write: {}, audited: true },
  'BeneficiaryCriterion(ordinary)': { tier: 'ordinary', read: PERSONAL_READ, write: FACILITATOR_OF_TERRITORY, audited: true },
  'BeneficiaryCriterion(health)': { tier: 'health', read: FACILITATOR_OF_TERRITORY, write: FACILITATOR_OF_TERRITORY, audited: true },
  'BeneficiaryCriterion(justice)': { tier: 'justice', read: FACILITATOR_OF_TERRITORY, write: FACILITATOR_OF_TERRITORY, audited: true },
  Path: { tier: 'personal', read: PERSONAL_READ, write: FACILITATOR_OF_TERRITORY, audited: false },
  Outcome: { tier: 'personal', read: PERSONAL_READ, write: FACILITATOR_OF_TERRITORY, audited: false },
  Placement: { tier: 'work', read: WORK_READ, write: FACILITATOR_OF_TERRITORY, audited: false },
  HoursStatement: { tier: 'work', read: WORK_READ, write: EMPLOYER_DECLARES, audited: false },
  'Beneficiary(erase)': { tier: 'personal', read: {}, write: FACILITATOR_OF_TERRITORY, audited: false },
  'Beneficiary(export)': { tier: 'personal', read: {}, write: FACILITATOR_OF_TERRITORY, audited: false },
  EligibilityCriterion: { tier: 'reference', read: SIGNED_IN, write: FACILITATOR_OF_TERRITORY, audited: false },
  'Contract.insertionProgress': { tier: 'aggregate', read: SIGNED_IN, write: {}, audited: false },
  'Contract.jobDiversity': { tier: 'aggregate', read: SIGNED_IN, write: {}, audited: false },
  'Structure.placementStats': { tier: 'aggregate', read: SIGNED_IN, write: {}, audited: false },
  'Company.insertionHours': { tier: 'aggregate', read: SIGNED_IN, write: {}, audited: false },
  AuditEvent: { tier: 'audit', read: { admin: ['all'] }, write: {}, audited: false },
} as const satisfies Record<string, AccessRule>;

export type Resource = keyof typeof ACCESS_TABLE;

/** The personal fields of `Beneficiary`, each guarded on its own (FORBIDDEN when not allowed). */
export const BENEFICIARY_FIELDS = Object.keys(ACCESS_TABLE)
  .filter((resource) => resource.startsWith('Beneficiary.'))
  .map((resource) => resource.slice('Beneficiary.'.length)) as BeneficiaryField[];

export type BeneficiaryField = Extract<Resource, `Beneficiary.${string}`> extends `Beneficiary.${infer F}` ? F : never;

/**
 * Aggregates covering fewer people than this are suppressed for the roles that may not see individuals
 * (DESIGN.md §4; the n ≥ 5 threshold of DOMAIN.md §4.3).
 */
export const MIN_PEOPLE_IN_AGGREGATE = 5;

/**
 * Roles that may not see individuals' data: they get aggregates, suppressed below the threshold. A company
 * sees its employees' names but nothing else about them, so it is suppressed too. (`public` gets no
 * aggregate at all.)
 */
export const SUPPRESSED_ROLES: readonly Role[] = ['buyer', 'company', 'structure', 'partner'];

export const TABLE_ROLES: readonly Role[] = ROLES;
