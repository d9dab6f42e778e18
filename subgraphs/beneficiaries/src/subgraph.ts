import express from 'express';
import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { AuditEvent } from './audit/audit-event.entity';
import { createLoaders, type Loaders } from './context';
import { migrations } from './migrations';
import { createFilesRouter } from './modules/exports/exports.router';
import { Beneficiary } from './modules/beneficiary/beneficiary.entity';
import { BeneficiaryCriterion } from './modules/criterion/beneficiary-criterion.entity';
import { EligibilityCriterion } from './modules/criterion/eligibility-criterion.entity';
import { HoursStatement } from './modules/hours/hours-statement.entity';
import { hoursImportRoutes } from './modules/hours-import/hours-import.routes';
import { Outcome } from './modules/path/outcome.entity';
import { Path } from './modules/path/path.entity';
import { Placement } from './modules/placement/placement.entity';
import { buildBeneficiariesSchema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/** The beneficiaries subgraph: people, eligibility, placements, monthly hours and outcomes. */
export const beneficiariesSubgraph: SubgraphDefinition<Loaders> = {
  name: 'beneficiaries',
  entities: [Beneficiary, EligibilityCriterion, BeneficiaryCriterion, Path, Outcome, Placement, HoursStatement, AuditEvent],
  migrations,
  buildSchema: buildBeneficiariesSchema,
  createLoaders,
  seedDemo,
  /**
   * Files: monthly hours from spreadsheets (template, preview, confirmation: modules/hours-import) and
   * exports of the lists (modules/exports).
   */
  files: () => express.Router().use(hoursImportRoutes()).use(createFilesRouter()),
};
