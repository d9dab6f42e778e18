import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { Beneficiary, beneficiaryStub } from './modules/beneficiary/beneficiary.reference';
import { BeneficiaryResolver } from './modules/beneficiary/beneficiary.resolver';
import { FollowUpMutationResolver } from './modules/follow-up/follow-up-mutation.resolver';
import { followUpReference } from './modules/follow-up/follow-up.reference';
import { FollowUpResolver } from './modules/follow-up/follow-up.resolver';

/** The {{name}} subgraph schema (federated). */
export function build{{Name}}Schema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [FollowUpResolver, FollowUpMutationResolver, BeneficiaryResolver], orphanedTypes: [Beneficiary] },
    {
      {{Name}}FollowUp: followUpReference,
      // Any id is a person as far as this subgraph is concerned: the field it adds answers only what it holds.
      Beneficiary: { __resolveReference: (ref: { id: string }) => beneficiaryStub(ref.id) },
    },
  );
}
