import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { Company } from './modules/company/company.reference';
import { CompanyResolver } from './modules/company/company.resolver';
import { ActivitySectorResolver } from './modules/sector/activity-sector.resolver';
import { StructureMutationResolver } from './modules/structure/structure-mutation.resolver';
import { resolveStructureReference, type StructureRepresentation } from './modules/structure/structure.reference';
import { StructureResolver } from './modules/structure/structure.resolver';

/** The structures subgraph schema (federated). */
export function buildStructuresSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [StructureResolver, StructureMutationResolver, CompanyResolver, ActivitySectorResolver], orphanedTypes: [Company] },
    {
      Structure: { __resolveReference: (ref: StructureRepresentation, ctx: Context) => resolveStructureReference(ref, ctx) },
      // Any SIRET is a company as far as this subgraph is concerned: the field it adds may be null.
      Company: { __resolveReference: (ref: { siret: string }) => Object.assign(new Company(), { siret: ref.siret }) },
    },
  );
}
