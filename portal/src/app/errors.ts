import type { CombinedError } from '@urql/core';

/** Subgraph names as the gateway reports them, in French for the banner. */
const SERVICES: Record<string, string> = {
  contracts: 'les marchés et les entreprises',
  structures: 'les structures d’insertion',
  beneficiaries: 'les personnes, les mises en emploi et les heures',
  directory: 'l’annuaire des facilitateurs et les territoires',
  trainings: 'les formations (organismes de formation)',
};

export type ProblemKind = 'unauthenticated' | 'forbidden' | 'not-found' | 'bad-input' | 'unavailable' | 'network' | 'other';

export interface Problem {
  kind: ProblemKind;
  /** A French sentence for the person, never a code or a stack trace. */
  message: string;
  /** For BAD_USER_INPUT: the field the gateway names, when it names one. */
  field?: string;
}

interface Extensions {
  code?: unknown;
  service?: unknown;
  field?: unknown;
  argumentName?: unknown;
}

/** What is missing when subgraphs are down: the French names of the parts, without duplicates. */
export function missingParts(error: CombinedError | undefined): string[] {
  if (!error) return [];
  const parts = new Set<string>();
  for (const item of error.graphQLErrors) {
    const extensions = item.extensions as Extensions;
    if (extensions.code === 'SUBGRAPH_UNAVAILABLE') {
      const service = typeof extensions.service === 'string' ? extensions.service : '';
      parts.add(SERVICES[service] ?? 'une partie des données');
    }
  }
  return [...parts];
}

/** The problem that prevents showing a page, in the order that matters to the person. */
export function problemOf(error: CombinedError | undefined): Problem | undefined {
  if (!error) return undefined;
  if (error.networkError) {
    const status = (error.response as { status?: number } | undefined)?.status;
    if (status === 401) return { kind: 'unauthenticated', message: 'Votre session a expiré. Reconnectez-vous pour continuer.' };
    return { kind: 'network', message: 'Le service ne répond pas. Vérifiez votre connexion puis réessayez.' };
  }
  const codes = error.graphQLErrors.map((item) => (item.extensions as Extensions).code);
  if (codes.includes('UNAUTHENTICATED')) {
    return { kind: 'unauthenticated', message: 'Votre session a expiré. Reconnectez-vous pour continuer.' };
  }
  if (codes.includes('FORBIDDEN')) return { kind: 'forbidden', message: 'Votre compte ne donne pas accès à cette page.' };
  if (codes.includes('NOT_FOUND')) return { kind: 'not-found', message: 'Cette page n’existe pas ou plus.' };
  const bad = error.graphQLErrors.find((item) => (item.extensions as Extensions).code === 'BAD_USER_INPUT');
  if (bad) {
    const extensions = bad.extensions as Extensions;
    const field = typeof extensions.field === 'string' ? extensions.field : typeof extensions.argumentName === 'string' ? extensions.argumentName : undefined;
    return { kind: 'bad-input', message: 'Une valeur saisie n’est pas valable.', ...(field ? { field } : {}) };
  }
  // The gateway's admission control refused the request without running it (503): sending it again is safe.
  if (codes.includes('OVERLOADED')) return { kind: 'unavailable', message: 'Le service est très sollicité en ce moment. Réessayez dans un instant.' };
  if (codes.every((code) => code === 'SUBGRAPH_UNAVAILABLE')) {
    return { kind: 'unavailable', message: 'Une partie du service est indisponible pour le moment.' };
  }
  return { kind: 'other', message: 'Une erreur est survenue. Réessayez dans un instant.' };
}
