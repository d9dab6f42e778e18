import { buildFederatedSchema, referenceResolver } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { AuditResolver } from './audit/audit.resolver';
import { AlertBoard } from './modules/alerts/alert-board.reference';
import { InsertionAlertResolver } from './modules/alerts/insertion-alert.resolver';
import { assertMayReadPeople, isVisible } from './access/visibility';
import type { Context } from './context';
import { CompanyHoursResolver, ContractProgressResolver, StructureStatsResolver } from './modules/aggregates/aggregates.resolver';
import { BeneficiaryMutationResolver } from './modules/beneficiary/beneficiary-mutation.resolver';
import { BeneficiaryResolver } from './modules/beneficiary/beneficiary.resolver';
import { CriterionResolver } from './modules/criterion/criterion.resolver';
import { HoursLineResultResolver, HoursResolver } from './modules/hours/hours.resolver';
import { OutcomeCatalogueResolver } from './modules/path/outcome-catalogue.resolver';
import { PathResolver } from './modules/path/path.resolver';
import { ContractJobsResolver, PlacementJobResolver, ReportJobsResolver } from './modules/jobs/job.resolver';
import { PlacementResolver } from './modules/placement/placement.resolver';
import { IndicatorsResolver } from './modules/reports/indicators.resolver';
import { InsertionReport } from './modules/reports/report.reference';
import { Commune } from './modules/references/commune.reference';
import { Company } from './modules/references/company.reference';
import { Contract } from './modules/references/contract.reference';
import { Structure } from './modules/references/structure.reference';

/** Other subgraphs' entities: the representation is all this subgraph needs (no lookup, no personal data). */
function stub<T extends object>(type: new () => T) {
  return { __resolveReference: (representation: Partial<T>) => Object.assign(new type(), representation) };
}

/** The beneficiaries subgraph schema (federated). */
export function buildBeneficiariesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        BeneficiaryResolver,
        BeneficiaryMutationResolver,
        CriterionResolver,
        PathResolver,
        OutcomeCatalogueResolver,
        PlacementResolver,
        HoursResolver,
        HoursLineResultResolver,
        ContractProgressResolver,
        StructureStatsResolver,
        CompanyHoursResolver,
        AuditResolver,
        IndicatorsResolver,
        PlacementJobResolver,
        ContractJobsResolver,
        ReportJobsResolver,
        InsertionAlertResolver,
      ],
      orphanedTypes: [Commune, InsertionReport, AlertBoard],
    },
    {
      // `__resolveReference` bypasses @Authorized: the same row-level rule as `beneficiary(id)` applies here.
      Beneficiary: referenceResolver({
        authorize: (ctx: Context) => assertMayReadPeople(ctx),
        load: (reference: { id: string }, ctx: Context) => ctx.loaders.beneficiaryById.load(String(reference.id)),
        visible: isVisible,
      }),
      Contract: stub(Contract),
      Structure: stub(Structure),
      Company: stub(Company),
      InsertionReport: stub(InsertionReport),
      AlertBoard: stub(AlertBoard),
    },
  );
}
