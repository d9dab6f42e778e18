import { createRequire } from 'node:module';
import type { Operation, Schema } from '@apollo/federation-internals';
import type { DefinitionNode, DocumentNode } from 'graphql';
import { computeResponse } from './result-shaping';

/**
 * Two steps of Apollo's gateway redone for every request although they depend on the operation alone:
 *
 * - `executeQueryPlan` rebuilds the operation from its document (`operationFromDocument`, 4 % of the gateway's
 *   CPU) for every request, though Apollo Server hands it the same parsed document for the same query text. It is
 *   kept per document here, for the schema it was built on.
 * - `computeResponse` shapes the answer walking the operation's classes for every object (17 %): see
 *   `result-shaping.ts`, the same algorithm with the operation's part computed once.
 *
 * Both replace the function a module of the pinned `@apollo/gateway` calls through its exports object, and only
 * for the version they were checked against (`gateway/test/result-shaping.test.ts` compares the two shapings on
 * the supergraph's own operations and on answers a subgraph should never send). Another version is served by
 * Apollo's own code, with a warning; so is `GATEWAY_APOLLO_SHORTCUTS=false`.
 */
export const CHECKED_APOLLO_VERSION = '2.14.4';

const load = createRequire(__filename);

interface OperationsModule {
  operationFromDocument(schema: Schema, document: DocumentNode, options?: { operationName?: string; validate?: boolean }): Operation;
}
interface ResultShapingModule {
  computeResponse: typeof computeResponse;
}

export type ShortcutsState = { installed: true } | { installed: false; reason: string };

/** Apollo's own functions while the shortcuts are installed (undefined: they are not). */
let originals: { operationFromDocument: OperationsModule['operationFromDocument']; computeResponse: ResultShapingModule['computeResponse'] } | undefined;

/** The documents' operations already built, per schema, keyed by the operation's definition (see above). */
function memoized(build: OperationsModule['operationFromDocument']): OperationsModule['operationFromDocument'] {
  const built = new WeakMap<Schema, WeakMap<DefinitionNode, { definitions: readonly DefinitionNode[]; operation: Operation }>>();
  return function operationFromDocument(schema, document, options) {
    // Only `executeQueryPlan`'s call: no name (its document has one operation) and no validation.
    const first = document.definitions[0];
    if (!options || options.validate !== false || options.operationName !== undefined || !first) return build(schema, document, options);
    let ofSchema = built.get(schema);
    if (!ofSchema) built.set(schema, (ofSchema = new WeakMap()));
    const known = ofSchema.get(first);
    if (known && known.definitions.length === document.definitions.length && known.definitions.every((d, i) => d === document.definitions[i])) return known.operation;
    const operation = build(schema, document, options);
    ofSchema.set(first, { definitions: [...document.definitions], operation });
    return operation;
  };
}

function versionOf(name: string): string {
  return (load(`${name}/package.json`) as { version: string }).version;
}

/** Why the shortcuts cannot be installed over these versions of `@apollo/gateway` and `@apollo/federation-internals`. */
export function versionRefusal(gateway: string, internals: string): string | undefined {
  return gateway === CHECKED_APOLLO_VERSION && internals === CHECKED_APOLLO_VERSION
    ? undefined
    : `@apollo/gateway ${gateway} and @apollo/federation-internals ${internals}: the shortcuts were checked with ${CHECKED_APOLLO_VERSION} only`;
}

/**
 * Installs the two shortcuts (once per process; `enabled: false` restores Apollo's own functions). Returns what
 * was done, and why not when it was not.
 */
export function installApolloShortcuts(enabled = true): ShortcutsState {
  const operations = load('@apollo/federation-internals/dist/operations.js') as OperationsModule;
  const shaping = load('@apollo/gateway/dist/resultShaping.js') as ResultShapingModule;
  if (!enabled) {
    if (originals) {
      operations.operationFromDocument = originals.operationFromDocument;
      shaping.computeResponse = originals.computeResponse;
      originals = undefined;
    }
    return { installed: false, reason: 'turned off (GATEWAY_APOLLO_SHORTCUTS=false)' };
  }
  if (originals) return { installed: true };
  const refusal = versionRefusal(versionOf('@apollo/gateway'), versionOf('@apollo/federation-internals'));
  if (refusal) return { installed: false, reason: refusal };
  // The shaping reads the operation with this package's classes (`instanceof Variable`): it must be the copy
  // Apollo's gateway itself uses, not a second one installed beside it.
  const gatewaysOwn = createRequire(load.resolve('@apollo/gateway')).resolve('@apollo/federation-internals');
  if (gatewaysOwn !== load.resolve('@apollo/federation-internals')) {
    return { installed: false, reason: `@apollo/gateway uses another copy of @apollo/federation-internals (${gatewaysOwn})` };
  }
  if (typeof operations.operationFromDocument !== 'function' || typeof shaping.computeResponse !== 'function') {
    return { installed: false, reason: 'Apollo\'s modules do not have the functions expected' };
  }
  originals = { operationFromDocument: operations.operationFromDocument, computeResponse: shaping.computeResponse };
  operations.operationFromDocument = memoized(originals.operationFromDocument);
  shaping.computeResponse = computeResponse;
  return { installed: true };
}

/** Apollo's own `computeResponse` (for the comparison test), whatever is installed. */
export function apolloComputeResponse(): ResultShapingModule['computeResponse'] {
  return originals?.computeResponse ?? (load('@apollo/gateway/dist/resultShaping.js') as ResultShapingModule).computeResponse;
}
