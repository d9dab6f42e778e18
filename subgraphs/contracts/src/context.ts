import { createEntityLoader, type RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Buyer } from './modules/buyer/buyer.entity';
import { Company } from './modules/company/company.entity';
import { Contract } from './modules/contract/contract.entity';

/** Per-request loaders of the contracts subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    buyerById: createEntityLoader(em, Buyer, 'id'),
    contractById: createEntityLoader(em, Contract, 'id'),
    companyBySiret: createEntityLoader(em, Company, 'siret'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
