/**
 * What a subgraph's own tests need — ours and a partner's, installed from the packed `@maillage/test-kit`:
 * a fresh database per test file, the real subgraph on a free port, an HTTP client, identities signed as the
 * gateway would, the access-matrix helpers. The jest global setup (`@maillage/test-kit/global-setup`) starts
 * one PostgreSQL per run. `startTestStack` (the whole hub) is exported from the index only: it needs this
 * repository's dev stack, so it is not part of the packed package.
 */
export { createTestDatabase, testAdminUrl } from './database';
export type { TestDatabase } from './database';
export { startTestSubgraph } from './subgraph';
export type { TestSubgraph } from './subgraph';
export { postGraphQL } from './http';
export type { GraphQLResponse } from './http';
export { freePort } from './ports';
export { signIdentity, testIdentityKeys, viewers } from './identity';
export { outcomeOf, refusalOf, thrownCodeOf, VIEWER_BY_ROLE } from './access';
