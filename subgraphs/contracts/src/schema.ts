import { buildFederatedSchema, referenceResolver } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { contractsAccess } from './modules/access/contracts.access';
import { BuyerResolver } from './modules/buyer/buyer.resolver';
import { CensusResolver } from './modules/census/census.resolver';
import { ContractCensusResolver } from './modules/census/contract-census.resolver';
import { InsertionClauseResolver } from './modules/clause/insertion-clause.resolver';
import { CompanyResolver } from './modules/company/company.resolver';
import { ContractMutationResolver } from './modules/contract/contract-mutation.resolver';
import { ContractResolver } from './modules/contract/contract.resolver';
import { LotSocialDevicesResolver, SocialDeviceResolver } from './modules/device/social-device.resolver';
import { LotResolver } from './modules/lot/lot.resolver';
import { ContractPartyResolver } from './modules/party/contract-party.resolver';
import { ReportResolver, resolveReportReference } from './modules/report/report.resolver';
import { EuThresholdResolver } from './modules/threshold/eu-threshold.resolver';

/**
 * `__resolveReference` bypasses `@Authorized`: the kit's reference resolver asks the access table first
 * (a caller who may never read the register gets UNAUTHENTICATED or FORBIDDEN), and always loads through a
 * loader. Every row of the register is readable by whoever may read it at all.
 */
function byKey<K extends string, T>(key: K, load: (ctx: Context) => { load(value: string): Promise<T | null> }) {
  return referenceResolver({
    authorize: (ctx: Context) => contractsAccess.assertMayEver(ctx.viewer, 'read', 'Contract'),
    load: (reference: Record<K, string>, ctx: Context) => load(ctx).load(String(reference[key])),
  });
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
        LotSocialDevicesResolver,
        SocialDeviceResolver,
        InsertionClauseResolver,
        ContractPartyResolver,
        EuThresholdResolver,
        ReportResolver,
        CensusResolver,
        ContractCensusResolver,
      ],
    },
    {
      Contract: byKey('id', (ctx) => ctx.loaders.contractById),
      Buyer: byKey('id', (ctx) => ctx.loaders.buyerById),
      Company: byKey('siret', (ctx) => ctx.loaders.companyBySiret),
      InsertionReport: { __resolveReference: resolveReportReference },
    },
  );
}
