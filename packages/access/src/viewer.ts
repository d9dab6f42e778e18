import type { Role } from './roles';

/** Who is calling, as vouched for by the gateway. */
export interface Viewer {
  role: Role;
  /** Stable subject identifier (never a name or an e-mail). */
  subject?: string;
  /** Organisation the caller acts for (SIRET or directory id). */
  organisation?: string;
  /** Territory codes (INSEE department or commune codes) the caller works on. */
  territories: readonly string[];
}

/** The anonymous caller. */
export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'public', territories: [] });
