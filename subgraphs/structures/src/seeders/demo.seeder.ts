import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Structure, StructureKind } from '../modules/structure/structure.entity';

/** Demo structures of the Lyon territory. SIRETs are synthetic (Luhn-valid, not registered). */
export const DEMO_STRUCTURES = [
  // Same SIRET as a demo company of `contracts`: the EI holds a green-spaces contract itself.
  { id: '7a3b9c4d-0000-4000-8000-000000000001', siret: '77700010000019', name: 'Tremplin Espaces Verts (démo)', kind: StructureKind.EI, communeCode: '69266' },
  { id: '7a3b9c4d-0000-4000-8000-000000000002', siret: '81122330400015', name: 'Intérim Insertion Rhône (démo)', kind: StructureKind.ETTI, communeCode: '69123' },
  { id: '7a3b9c4d-0000-4000-8000-000000000003', siret: '33445560700013', name: 'Atelier Recyclerie des Minguettes (démo)', kind: StructureKind.ACI, communeCode: '69259' },
  { id: '7a3b9c4d-0000-4000-8000-000000000004', siret: '44556670600013', name: 'ESAT Les Ateliers du Rhône (démo)', kind: StructureKind.ESAT, communeCode: '69290' },
  { id: '7a3b9c4d-0000-4000-8000-000000000005', siret: '55667780500013', name: 'Mission Locale de Villeurbanne (démo)', kind: StructureKind.MISSION_LOCALE, communeCode: '69266' },
];

/** Inserts the demo structures once: a database that already has structures is left as it is. */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Structure)) > 0) return;
  await em.transactional(async (tx) => {
    for (const data of DEMO_STRUCTURES) tx.create(Structure, data);
  });
  logger.info({ structures: DEMO_STRUCTURES.length }, 'seeded demo data');
}
