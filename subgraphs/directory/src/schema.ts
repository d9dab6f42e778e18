import { buildFederatedSchema } from '@maillage/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { FacilitatorCoverageResolver } from './modules/facilitator/facilitator-coverage.resolver';
import { CommuneFacilitatorsResolver, FacilitatorMatchResolver } from './modules/facilitator/facilitator-match.resolver';
import {
  FacilitatorOrganisationResolver,
  organisationReference,
} from './modules/facilitator/facilitator-organisation.resolver';
import { facilitatorReference, FacilitatorResolver } from './modules/facilitator/facilitator.resolver';
import { CommuneResolver } from './modules/geography/commune.resolver';
import { GeographySourceResolver } from './modules/geography/geography-source.resolver';
import { DepartmentResolver, EpciResolver, RegionResolver } from './modules/geography/territory.resolver';
import { InsertionReport, ReportFacilitationResolver, reportReference } from './modules/report/report-facilitation';

type CodeReference = { code: string };

/** The directory subgraph schema (federated). Every reference goes through a per-request loader. */
export function buildDirectorySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CommuneResolver, DepartmentResolver, RegionResolver, EpciResolver, GeographySourceResolver,
        FacilitatorResolver, FacilitatorOrganisationResolver, FacilitatorCoverageResolver, FacilitatorMatchResolver,
        CommuneFacilitatorsResolver, ReportFacilitationResolver,
      ],
      // Reached only through `_entities`: the contracts subgraph owns reports.
      orphanedTypes: [InsertionReport],
    },
    {
      Commune: { __resolveReference: (ref: CodeReference, ctx: Context) => ctx.loaders.communeByCode.load(ref.code) },
      Department: { __resolveReference: (ref: CodeReference, ctx: Context) => ctx.loaders.departmentByCode.load(ref.code) },
      Region: { __resolveReference: (ref: CodeReference, ctx: Context) => ctx.loaders.regionByCode.load(ref.code) },
      Epci: { __resolveReference: (ref: CodeReference, ctx: Context) => ctx.loaders.epciByCode.load(ref.code) },
      Facilitator: facilitatorReference,
      FacilitatorOrganisation: organisationReference,
      InsertionReport: reportReference,
    },
  );
}
