/** Kept for `@maillage/subgraph-kit/tracing` importers: tracing lives in the service runtime. */
export { startTracing } from '@maillage/service-runtime/tracing';
