import 'reflect-metadata';

/**
 * The subgraph kit: what a subgraph is built with (server, ORM, federated schema, pagination, loaders,
 * reference resolvers, validators). It stands on the two lower layers and re-exports them, so a subgraph
 * imports everything from here: `@maillage/service-runtime` (configuration, logging, HTTP, metrics, limits,
 * errors) and `@maillage/access` (roles, viewer, identity, territory rules, the access-table engine).
 */
export * from '@maillage/service-runtime';
export * from '@maillage/access';

export * from './auth-checker';
export { loadSubgraphConfig, loadSubgraphConfigWith, subgraphEnvSchema, toSubgraphConfig, type OwnConfig, type SubgraphConfig } from './config';
export * from './context';
export { createFormatError, loggableError } from './errors';
export * from './codes';
export * from './cpv';
export * from './field-guard';
export * from './files';
export * from './loaders';
export * from './migration-style';
export * from './modality';
export * from './report-scope';
export * from './contract-sector';
export * from './french';
export * from './orm';
export * from './pagination';
export { bindParameters, PreparedStatementConnection, PreparedStatementDriver, type BoundStatement } from './prepared';
export * from './read-only';
export * from './reference';
export * from './run';
export * from './transactions';
export * from './scalars';
export * from './schema';
export * from './selection';
export * from './server';
export * from './sql-page';
export * from './validation';
export { STATEMENTS_HEADER } from './statements';
export { describeDatabaseUrl } from './database-url';
