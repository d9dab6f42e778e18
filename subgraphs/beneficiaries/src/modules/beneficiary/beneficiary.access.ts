import { UnauthenticatedError, type Viewer } from '@maillage/subgraph-kit';

/**
 * Guards every read of a beneficiary, including `__resolveReference` (which field guards do not cover).
 * Until [Identity] lands no caller can be authenticated, so nobody reads personal data.
 */
export function assertMayReadBeneficiaries(viewer: Viewer): void {
  if (viewer.role === 'public') throw new UnauthenticatedError('beneficiaries are personal data: sign in first');
}
