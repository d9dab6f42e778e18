import { accessMatrix, ROLES, tableMarkers, type AccessRule, type Grants } from '@maillage/subgraph-kit';

/**
 * Who may read and write the structure directory: DESIGN.md §4 written once, for the kit's access-table
 * engine. The guards of `modules/structure/structure.access.ts`, the contact's field guards, the reference
 * resolver, the README table and the role × resource tests all read it.
 *
 * A condition is checked against the row:
 * - `all`: any row;
 * - `territory`: the structure's commune lies in one of the viewer's territories (its department, or the
 *   commune itself) — on a move, both the current and the new commune.
 * A role absent from a rule gets nothing; `public` (no token) gets nothing here but the contact's label.
 */
export type Condition = 'all' | 'territory';

/** `partner`: partner data (signed-in callers); `contact`: a service's mailbox and switchboard. */
export type Tier = 'partner' | 'contact';

const EVERYONE = { public: ['all'], facilitator: ['all'], buyer: ['all'], company: ['all'], structure: ['all'], partner: ['all'], admin: ['all'] } as const satisfies Grants<Condition>;
const SIGNED_IN = { facilitator: ['all'], buyer: ['all'], company: ['all'], structure: ['all'], partner: ['all'], admin: ['all'] } as const satisfies Grants<Condition>;
/** Admins write anywhere; facilitators in their territories (the order is that of `@Authorized`). */
const WRITERS = { admin: ['all'], facilitator: ['territory'] } as const satisfies Grants<Condition>;

/** Facilitators and admins introduce structures to holders, wherever the structure is located. */
const INTRODUCERS = { admin: ['all'], facilitator: ['all'] } as const satisfies Grants<Condition>;

export const ACCESS_TABLE = {
  Structure: { tier: 'partner', read: SIGNED_IN, write: WRITERS, audited: false },
  'StructureContact.label': { tier: 'contact', read: EVERYONE, write: WRITERS, audited: false },
  'StructureContact.email': { tier: 'contact', read: SIGNED_IN, write: WRITERS, audited: false },
  'StructureContact.phone': { tier: 'contact', read: SIGNED_IN, write: WRITERS, audited: false },
  'Company.insertionStructure': { tier: 'partner', read: SIGNED_IN, write: {}, audited: false },
  /** The ranked structures of a contract or a company's trade: directory data, as `Structure`. */
  'Contract.matchingStructures': { tier: 'partner', read: SIGNED_IN, write: {}, audited: false },
  /** A facilitator's introductions of structures to holders: any facilitator records one (the structure may serve their territory from elsewhere). */
  StructureIntroduction: { tier: 'partner', read: SIGNED_IN, write: INTRODUCERS, audited: false },
} as const satisfies Record<string, AccessRule<Condition, Tier>>;

export type Resource = keyof typeof ACCESS_TABLE;

/** The markers of the generated table in this subgraph's README. */
export const accessTableMarkers = tableMarkers('src/access/access-table.ts', '@maillage/subgraph-structures');

/** Every role × resource × operation of the table, for the tests. */
export const ACCESS_MATRIX = accessMatrix(ACCESS_TABLE, ROLES);
