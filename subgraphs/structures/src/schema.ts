import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { Company } from './modules/company/company.reference';
import { CompanyResolver } from './modules/company/company.resolver';
import { StructureResolver } from './modules/structure/structure.resolver';

/** The structures subgraph schema (federated). */
export function buildStructuresSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [StructureResolver, CompanyResolver], orphanedTypes: [Company] },
    {
      Structure: {
        __resolveReference: (ref: { id?: string; siret?: string }, ctx: Context) =>
          ref.id !== undefined ? ctx.loaders.structureById.load(ref.id) : ctx.loaders.structureBySiret.load(ref.siret!),
      },
      // Any SIRET is a company as far as this subgraph is concerned: the field it adds may be null.
      Company: { __resolveReference: (ref: { siret: string }) => Object.assign(new Company(), { siret: ref.siret }) },
    },
  );
}
