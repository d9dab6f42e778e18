/**
 * The service runtime: what every Maillage process uses, the gateway as much as a subgraph. It loads no
 * ORM and no schema code (type-graphql), so that the gateway does not either.
 */
export * from './armor';
export * from './config';
export * from './errors';
export * from './expiring-cache';
export * from './http';
export { createErrorHandler, notFound } from './http-errors';
export * from './logger';
export * from './metrics';
export * from './process';
export * from './request-id';
export { requestLogPlugin } from './request-log';
