import type { Role, Viewer } from '@maillage/subgraph-kit';
import { viewers } from './identity';
import type { TestSubgraph } from './subgraph';

/**
 * One caller per role, for the role × resource matrices that each subgraph derives from its access table.
 * The facilitator covers Rhône (69); the others act for organisations no test fixture owns.
 */
export const VIEWER_BY_ROLE: Readonly<Record<Role, Viewer>> = {
  public: viewers.public,
  facilitator: viewers.facilitator(['69']),
  buyer: viewers.buyer('21692660000018'),
  company: viewers.company('39812340600017'),
  structure: viewers.structure('7a3b9c4d-0000-4000-8000-000000000005'),
  partner: viewers.partner('ave'),
  admin: viewers.admin,
};

/** The error a refused role gets: UNAUTHENTICATED for the public caller, FORBIDDEN for a signed-in one. */
export function refusalOf(role: Role): 'UNAUTHENTICATED' | 'FORBIDDEN' {
  return role === 'public' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

/** Runs an operation as `viewer`: the code of its first error, or null when it succeeded. */
export async function outcomeOf(subgraph: TestSubgraph, query: string, variables: Record<string, unknown>, viewer: Viewer): Promise<string | null> {
  const { body } = await subgraph.query(query, variables, { viewer });
  return (body.errors?.[0]?.extensions?.code as string | undefined) ?? null;
}

/** The `extensions.code` of the error `run` throws, or null when it returns: for guards called directly. */
export function thrownCodeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code ?? 'not a GraphQL error';
  }
}
