import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Commune } from '../modules/territory/commune.entity';
import { Department } from '../modules/territory/department.entity';

/** A few communes of the Rhône, with their real INSEE and postal codes, until the full geography load. */
export const DEMO_COMMUNES = [
  { code: '69123', name: 'Lyon', postalCodes: ['69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009'] },
  { code: '69266', name: 'Villeurbanne', postalCodes: ['69100'] },
  { code: '69259', name: 'Vénissieux', postalCodes: ['69200'] },
  { code: '69256', name: 'Vaulx-en-Velin', postalCodes: ['69120'] },
  { code: '69290', name: 'Saint-Priest', postalCodes: ['69800'] },
];

/** Inserts the demo territory once: a database that already has departments is left as it is. */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Department)) > 0) return;
  await em.transactional(async (tx) => {
    const rhone = tx.create(Department, { code: '69', name: 'Rhône' });
    for (const data of DEMO_COMMUNES) tx.create(Commune, { ...data, department: rhone });
  });
  logger.info({ communes: DEMO_COMMUNES.length }, 'seeded demo data');
}
