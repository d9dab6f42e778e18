import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { mayRead } from './modules/access/contracts.access';
import { BuyerResolver } from './modules/buyer/buyer.resolver';
import { InsertionClauseResolver } from './modules/clause/insertion-clause.resolver';
import { CompanyResolver } from './modules/company/company.resolver';
import { ContractMutationResolver } from './modules/contract/contract-mutation.resolver';
import { ContractResolver } from './modules/contract/contract.resolver';
import { LotResolver } from './modules/lot/lot.resolver';
import { ContractPartyResolver } from './modules/party/contract-party.resolver';
import { EuThresholdResolver } from './modules/threshold/eu-threshold.resolver';

/**
 * `__resolveReference` bypasses `@Authorized`: each one checks the viewer itself and answers null to a
 * caller who may not read (see `mayRead`), and always goes through a loader.
 */
function byKey<K extends string, T>(key: K, load: (ctx: Context) => { load(value: string): Promise<T | null> }) {
  return {
    __resolveReference: (reference: Record<K, string>, ctx: Context): Promise<T | null> | null =>
      mayRead(ctx.viewer) ? load(ctx).load(String(reference[key])) : null,
  };
}

/** The contracts subgraph schema (federated). */
export function buildContractsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ContractResolver,
        ContractMutationResolver,
        BuyerResolver,
        CompanyResolver,
        LotResolver,
        InsertionClauseResolver,
        ContractPartyResolver,
        EuThresholdResolver,
      ],
    },
    {
      Contract: byKey('id', (ctx) => ctx.loaders.contractById),
      Buyer: byKey('id', (ctx) => ctx.loaders.buyerById),
      Company: byKey('siret', (ctx) => ctx.loaders.companyBySiret),
    },
  );
}
