import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Beneficiary } from '../modules/beneficiary/beneficiary.entity';

/** Fictional people: names from a list of common first and last names, no real person behind them. */
export const DEMO_BENEFICIARIES = [
  { id: 'b1e2f3a4-0000-4000-8000-000000000001', firstName: 'Camille', lastName: 'Martin', birthDate: '1994-03-12', residenceCommuneCode: '69259', referentStructureId: '7a3b9c4d-0000-4000-8000-000000000005' },
  { id: 'b1e2f3a4-0000-4000-8000-000000000002', firstName: 'Karim', lastName: 'Benali', birthDate: '1971-11-02', residenceCommuneCode: '69266', referentStructureId: '7a3b9c4d-0000-4000-8000-000000000003' },
  { id: 'b1e2f3a4-0000-4000-8000-000000000003', firstName: 'Sophie', lastName: 'Durand', birthDate: '2003-06-25', residenceCommuneCode: '69256' },
];

/** Inserts the demo people once: a database that already has beneficiaries is left as it is. */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Beneficiary)) > 0) return;
  await em.transactional(async (tx) => {
    for (const data of DEMO_BENEFICIARIES) tx.create(Beneficiary, data);
  });
  logger.info({ beneficiaries: DEMO_BENEFICIARIES.length }, 'seeded demo data');
}
