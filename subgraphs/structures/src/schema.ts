import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { Company } from './modules/company/company.reference';
import { CompanyResolver } from './modules/company/company.resolver';
import { CompanyMatchingResolver, ContractMatchingResolver } from './modules/matching/matching.resolver';
import { contractStub, Contract } from './modules/references/contract.reference';
import { ActivitySectorResolver } from './modules/sector/activity-sector.resolver';
import { StructureMutationResolver } from './modules/structure/structure-mutation.resolver';
import { resolveStructureReference, type StructureRepresentation } from './modules/structure/structure.reference';
import { StructureResolver } from './modules/structure/structure.resolver';

/** The structures subgraph schema (federated). */
export function buildStructuresSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [StructureResolver, StructureMutationResolver, CompanyResolver, ActivitySectorResolver, ContractMatchingResolver, CompanyMatchingResolver], orphanedTypes: [Company, Contract] },
    {
      Structure: { __resolveReference: (ref: StructureRepresentation, ctx: Context) => resolveStructureReference(ref, ctx) },
      // Any SIRET is a company as far as this subgraph is concerned: the field it adds may be null.
      Company: { __resolveReference: (ref: { siret: string; nafCode?: string | null }) => Object.assign(new Company(), ref) },
      // A contract is a key and the fields required of contracts (`@requires`), nothing stored here.
      Contract: { __resolveReference: (ref: Partial<Contract> & { id: string }) => Object.assign(contractStub(ref.id), ref) },
    },
  );
}
