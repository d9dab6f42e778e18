/**
 * The roles of DESIGN.md §4, the one list of them: `public` is the caller with no token; the others come
 * from the verified user token. Every table, guard and token schema reads this list.
 */
export const ROLES = ['public', 'facilitator', 'buyer', 'company', 'structure', 'partner', 'admin'] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** A role carried by a verified token: every role but `public`. */
export type SignedInRole = Exclude<Role, 'public'>;

/** Every role but `public`: whoever presents a valid token. */
export const SIGNED_IN_ROLES: readonly SignedInRole[] = ROLES.filter((role): role is SignedInRole => role !== 'public');
