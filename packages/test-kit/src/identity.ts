import { createIdentitySigner, PUBLIC_VIEWER, type IdentitySigner, type Viewer } from '@maillage/subgraph-kit';
import type { JWK } from 'jose';

/** Where the jest global setup left the run's internal-identity key pair (JSON). */
export const TEST_IDENTITY_KEYS_VARIABLE = 'MAILLAGE_TEST_IDENTITY_KEYS';

/** The run's key pair: tests act as the gateway and sign identities with the private half. */
export function testIdentityKeys(): { publicJwk: JWK; privateJwk: JWK } {
  const value = process.env[TEST_IDENTITY_KEYS_VARIABLE];
  if (!value) throw new Error(`${TEST_IDENTITY_KEYS_VARIABLE} is not set: run the tests through jest`);
  return JSON.parse(value) as { publicJwk: JWK; privateJwk: JWK };
}

let signer: Promise<IdentitySigner> | undefined;

/** A signed internal identity for `audience` (a subgraph name), as the gateway would send it. */
export async function signIdentity(viewer: Viewer, audience: string): Promise<string> {
  signer ??= createIdentitySigner(testIdentityKeys().privateJwk);
  return (await signer).sign(viewer, audience);
}

/** Callers tests act as. Territories are INSEE department codes. */
export const viewers = {
  public: PUBLIC_VIEWER,
  admin: { role: 'admin', subject: 'test-admin', territories: [] } as Viewer,
  facilitator: (territories: string[] = ['69'], organisation = 'plie-test'): Viewer => ({
    role: 'facilitator',
    subject: `test-facilitator-${territories.join('-')}`,
    organisation,
    territories,
  }),
  buyer: (organisation: string): Viewer => ({ role: 'buyer', subject: `test-buyer-${organisation}`, organisation, territories: [] }),
  company: (siret: string): Viewer => ({ role: 'company', subject: `test-company-${siret}`, organisation: siret, territories: [] }),
  structure: (id: string): Viewer => ({ role: 'structure', subject: `test-structure-${id}`, organisation: id, territories: [] }),
  partner: (organisation: string): Viewer => ({ role: 'partner', subject: `test-partner-${organisation}`, organisation, territories: [] }),
};
