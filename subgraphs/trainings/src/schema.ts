import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { TrainingActionMutationResolver } from './modules/action/training-action-mutation.resolver';
import { trainingActionReference } from './modules/action/training-action.reference';
import { TrainingActionResolver } from './modules/action/training-action.resolver';
import { Beneficiary, beneficiaryStub } from './modules/beneficiary/beneficiary.reference';
import { BeneficiaryResolver } from './modules/beneficiary/beneficiary.resolver';
import { EnrolmentMutationResolver } from './modules/enrolment/enrolment-mutation.resolver';
import { enrolmentReference } from './modules/enrolment/enrolment.reference';
import { EnrolmentResolver } from './modules/enrolment/enrolment.resolver';
import { Placement, placementStub } from './modules/placement/placement.reference';
import { PlacementResolver } from './modules/placement/placement.resolver';

/** The trainings subgraph schema (federated). */
export function buildTrainingsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [TrainingActionResolver, TrainingActionMutationResolver, EnrolmentResolver, EnrolmentMutationResolver, BeneficiaryResolver, PlacementResolver],
      orphanedTypes: [Beneficiary, Placement],
    },
    {
      TrainingAction: trainingActionReference,
      TrainingEnrolment: enrolmentReference,
      // Any id is a person or a placement as far as this subgraph is concerned: the fields it adds answer
      // only what the caller may see of what it holds.
      Beneficiary: { __resolveReference: (ref: { id: string }, _ctx: Context) => beneficiaryStub(ref.id) },
      Placement: { __resolveReference: (ref: { id: string }, _ctx: Context) => placementStub(ref.id) },
    },
  );
}
