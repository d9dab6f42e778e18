import 'reflect-metadata';

export * from './auth-checker';
export * from './config';
export * from './identity';
export * from './context';
export * from './errors';
export * from './codes';
export * from './http';
export * from './loaders';
export * from './logger';
export * from './orm';
export * from './pagination';
export * from './run';
export * from './schema';
export * from './server';
export { STATEMENTS_HEADER } from './statements';
export { describeDatabaseUrl } from './database-url';
export { createErrorHandler, notFound } from './http-errors';
