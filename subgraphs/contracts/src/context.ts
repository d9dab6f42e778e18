import { createEntityLoader, createUuidLoader, type RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Company } from './modules/company/company.entity';
import { Buyer } from './modules/buyer/buyer.entity';
import { createCensusLoaders } from './modules/census/census.loaders';
import { createContractLoaders } from './modules/contract/contract.loaders';
import { createLotLoaders } from './modules/lot/lot.loaders';
import { createPartyLoaders } from './modules/party/contract-party.loaders';
import { createSubcontractingLoaders } from './modules/party/subcontracted-amount';
import { EuThreshold } from './modules/threshold/eu-threshold.entity';

/**
 * Per-request loaders of the contracts subgraph: every relation field and reference goes through one. Those
 * of the register answer reads only (writes load what they change with `em.find`): plain rows, no identity map.
 */
export function createLoaders(em: EntityManager) {
  return {
    buyerById: createUuidLoader(em, Buyer, 'id', { readOnly: true }),
    companyBySiret: createEntityLoader(em, Company, 'siret', { readOnly: true }),
    ...createContractLoaders(em),
    ...createLotLoaders(em),
    ...createPartyLoaders(em),
    ...createSubcontractingLoaders(em),
    ...createCensusLoaders(em),
    /** The European thresholds (a handful of rows), read once per request when needed. */
    euThresholds: (() => {
      let all: Promise<EuThreshold[]> | undefined;
      return () => (all ??= em.find(EuThreshold, {}, { orderBy: { validFrom: 'asc', works: 'asc', buyerScope: 'asc' } }));
    })(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
