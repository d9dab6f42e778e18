import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { BuyerResolver } from './modules/buyer/buyer.resolver';
import { ContractResolver } from './modules/contract/contract.resolver';

type Reference<K extends string> = Record<K, string>;

/** The contracts subgraph schema (federated). */
export function buildContractsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [ContractResolver, BuyerResolver] },
    {
      Contract: { __resolveReference: (ref: Reference<'id'>, ctx: Context) => ctx.loaders.contractById.load(ref.id) },
      Buyer: { __resolveReference: (ref: Reference<'id'>, ctx: Context) => ctx.loaders.buyerById.load(ref.id) },
      Company: {
        __resolveReference: (ref: Reference<'siret'>, ctx: Context) => ctx.loaders.companyBySiret.load(ref.siret),
      },
    },
  );
}
