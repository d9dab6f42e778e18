export { createTestDatabase, testAdminUrl } from './database';
export type { TestDatabase } from './database';
export { startTestSubgraph } from './subgraph';
export type { TestSubgraph } from './subgraph';
export { postGraphQL } from './http';
export type { GraphQLResponse } from './http';
export { freePort } from './ports';
export { signIdentity, testIdentityKeys, viewers } from './identity';
