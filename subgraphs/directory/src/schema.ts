import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { CommuneResolver, DepartmentResolver } from './modules/territory/territory.resolver';

/** The directory subgraph schema (federated). */
export function buildDirectorySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [CommuneResolver, DepartmentResolver] },
    {
      Commune: { __resolveReference: (ref: { code: string }, ctx: Context) => ctx.loaders.communeByCode.load(ref.code) },
      Department: {
        __resolveReference: (ref: { code: string }, ctx: Context) => ctx.loaders.departmentByCode.load(ref.code),
      },
    },
  );
}
