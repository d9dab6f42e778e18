import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { roleAuthChecker } from './auth-checker';

/** The federation version and directives every Maillage subgraph links. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/** Resolvers added by hand next to type-graphql's, chiefly `__resolveReference` per entity. */
export type ReferenceResolvers = Record<string, Record<string, unknown>>;

function mergeResolvers(base: Record<string, unknown>, extra: ReferenceResolvers): GraphQLResolverMap<unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [typeName, fields] of Object.entries(extra)) {
    merged[typeName] = { ...((base[typeName] as Record<string, unknown> | undefined) ?? {}), ...fields };
  }
  return merged as GraphQLResolverMap<unknown>;
}

/**
 * Builds an Apollo Federation 2 subgraph schema from type-graphql resolvers. Entity keys and other
 * federation directives are declared with `@Directive('@key(fields: "id")')` on the classes.
 *
 * type-graphql keeps its metadata in one global per process: build one subgraph per process.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    validate: { forbidUnknownValues: false },
    authChecker: roleAuthChecker,
    ...options,
    skipCheck: true,
  });
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers: mergeResolvers(createResolversMap(schema) as Record<string, unknown>, referenceResolvers),
  });
}

/** The subgraph SDL as the gateway's composition sees it (what `_service { sdl }` returns). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
