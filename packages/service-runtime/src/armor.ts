import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';

/** Limits on an operation's shape, checked before it executes. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
}

/** At the gateway: what a portal or partner operation may reasonably need. */
export const GATEWAY_LIMITS: OperationLimits = { maxDepth: 12, maxAliases: 20, maxTokens: 2000, maxCost: 10_000, maxDirectives: 20 };

/**
 * In every subgraph: looser, because the gateway's own fetches add a level (`_entities`) and merge
 * selections, yet still a wall for a call that reaches a subgraph some other way.
 */
export const SUBGRAPH_LIMITS: OperationLimits = { maxDepth: 16, maxAliases: 200, maxTokens: 10_000, maxCost: 50_000, maxDirectives: 50 };

/**
 * graphql-armor's depth, alias, token, cost and directive limits, and — when `hideSchema` — no field
 * suggestions ("did you mean …?") that would let a caller map a schema whose introspection is off.
 */
export function createArmor(limits: OperationLimits, options: { hideSchema: boolean }): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // graphql-armor's token limit throws from an Apollo plugin hook, which Apollo answers with a 500;
    // graphql-js's own parser limit gives the proper GRAPHQL_PARSE_FAILED (400) instead.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: options.hideSchema },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
