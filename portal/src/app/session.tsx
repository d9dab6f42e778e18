import { createContext, useContext } from 'react';
import type { Role, Session } from './auth';

export interface SessionContextValue {
  session: Session | undefined;
  /** Whether a silent renewal is being attempted (do not flash « sign in » meanwhile). */
  restoring: boolean;
  signIn(returnTo?: string): void;
  signOut(): void;
  /** The gateway refused the token: forget it and ask to sign in again. */
  expire(): void;
  expired: boolean;
}

export const SessionContext = createContext<SessionContextValue>({
  session: undefined,
  restoring: false,
  signIn: () => undefined,
  signOut: () => undefined,
  expire: () => undefined,
  expired: false,
});

export const useSession = () => useContext(SessionContext);

export type Page =
  | 'lookup' | 'dashboard' | 'contract' | 'structures' | 'structure' | 'hours' | 'hours-import' | 'reports'
  | 'contract-new' | 'contract-manage' | 'person-new' | 'person' | 'census' | 'home' | 'company-hours';

/** What each role may open; what it may not is absent from its navigation. */
export const ACCESS: Record<Role, Page[]> = {
  facilitator: ['lookup', 'dashboard', 'contract', 'structures', 'structure', 'hours', 'hours-import', 'reports', 'contract-new', 'contract-manage', 'person-new', 'person', 'census', 'company-hours'],
  buyer: ['lookup', 'dashboard', 'contract', 'structures', 'structure', 'reports'],
  company: ['lookup', 'dashboard', 'contract', 'structures', 'structure', 'hours', 'hours-import', 'home', 'company-hours'],
  structure: ['lookup', 'structures', 'structure', 'hours-import', 'person', 'home'],
  partner: ['lookup', 'structures', 'structure'],
  admin: ['lookup', 'dashboard', 'contract', 'structures', 'structure', 'hours', 'hours-import', 'reports', 'contract-new', 'contract-manage', 'person-new', 'person', 'census', 'company-hours'],
};

export const ROLE_LABEL: Record<Role, string> = {
  facilitator: 'Facilitateur',
  buyer: 'Acheteur',
  company: 'Entreprise',
  structure: 'Structure d’insertion',
  partner: 'Partenaire',
  admin: 'Administration',
};

/**
 * The page each role lands on after signing in: its home. The company's and the structure's is « Accueil »
 * (their people and placements); the buyer's, the facilitator's and the admin's, the dashboard of the
 * contracts they may follow; the partner's, the structures.
 */
export function landingFor(session: Session): string {
  switch (session.role) {
    case 'company':
      return session.organisation ? '/accueil' : '/tableau-de-bord';
    case 'structure':
      return session.organisation ? '/accueil' : '/structures';
    case 'partner':
      return '/structures';
    default:
      return '/tableau-de-bord';
  }
}

export function navFor(session: Session | undefined): { href: string; label: string }[] {
  const lookup = { href: '/', label: 'Trouver son facilitateur' };
  if (!session) return [lookup];
  const items: { href: string; label: string }[] = [];
  const pages = ACCESS[session.role];
  if (pages.includes('home') && session.organisation) items.push({ href: '/accueil', label: 'Accueil' });
  if (pages.includes('dashboard')) {
    items.push({ href: '/tableau-de-bord', label: session.role === 'company' ? 'Mes marchés' : 'Tableau de bord' });
  }
  if (session.role === 'structure' && session.organisation) {
    items.push({ href: `/structures/${encodeURIComponent(session.organisation)}`, label: 'Ma structure' });
  }
  if (pages.includes('hours-import')) items.push({ href: '/releves', label: 'Relevés d’heures' });
  if (pages.includes('structures')) items.push({ href: '/structures', label: 'Structures' });
  if (pages.includes('reports')) items.push({ href: '/bilans', label: 'Bilans' });
  if (pages.includes('census')) items.push({ href: '/recensement', label: 'Recensement' });
  items.push(lookup);
  return items;
}
