import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import express from 'express';
import { createLoaders } from './context';
import { migrations } from './migrations';
import { Buyer } from './modules/buyer/buyer.entity';
import { censusImportRoutes } from './modules/census/census-import.routes';
import { PlannedPurchase } from './modules/census/planned-purchase.entity';
import { InsertionClause } from './modules/clause/insertion-clause.entity';
import { Company } from './modules/company/company.entity';
import { Contract } from './modules/contract/contract.entity';
import { createContractFilesRouter } from './modules/contract/contract.exports';
import { SocialDeviceRecord } from './modules/device/social-device.entity';
import { Lot } from './modules/lot/lot.entity';
import { ContractParty } from './modules/party/contract-party.entity';
import { EuThreshold } from './modules/threshold/eu-threshold.entity';
import { buildContractsSchema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/** The contracts subgraph: buyers, contracts, lots, insertion clauses, companies and their parts. */
export const contractsSubgraph: SubgraphDefinition = {
  name: 'contracts',
  entities: [Buyer, Company, Contract, Lot, InsertionClause, SocialDeviceRecord, ContractParty, EuThreshold, PlannedPurchase],
  migrations,
  buildSchema: buildContractsSchema,
  createLoaders,
  seedDemo,
  // `/files/contracts/…`: the register's exports (CSV, XLSX) and the census import.
  files: () => express.Router().use(createContractFilesRouter()).use(censusImportRoutes()),
};
