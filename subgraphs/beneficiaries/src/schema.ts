import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { assertMayReadBeneficiaries } from './modules/beneficiary/beneficiary.access';
import { BeneficiaryResolver } from './modules/beneficiary/beneficiary.resolver';

/** The beneficiaries subgraph schema (federated). */
export function buildBeneficiariesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [BeneficiaryResolver] },
    {
      Beneficiary: {
        __resolveReference: (ref: { id: string }, ctx: Context) => {
          assertMayReadBeneficiaries(ctx.viewer);
          return ctx.loaders.beneficiaryById.load(ref.id);
        },
      },
    },
  );
}
