import type { Logger, Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PurchaseRecommendation as R } from '../modules/census/census.enums';
import type { PlannedPurchaseInput } from '../modules/census/census.inputs';
import { recordPlannedPurchase } from '../modules/census/census.service';
import { DEMO_BUYERS } from './demo-parties';

/** Fixed ids of the demo census: `…8004-0000000000NN`. */
export const demoPurchaseId = (n: number) => `5c0e1d2a-0000-4000-8004-${String(n).padStart(12, '0')}`;

const RHONE = DEMO_BUYERS[4]!.id;
const VILLEURBANNE = DEMO_BUYERS[0]!.id;
const estimate = { labourShare: '0.45', insertionRate: '0.05', hourlyCost: '30' };

/**
 * The demo census: the Département du Rhône's building purchases (one above the European threshold, one to
 * convert into a contract in the demonstration), and Villeurbanne's, one of them with no device and its
 * reason. Entered through the census's own service, as an admin would: same checks, same assessment. None
 * is converted here, so that the register's demo contracts (and the reports on them) stay as they are.
 */
export const DEMO_PURCHASES: PlannedPurchaseInput[] = [
  { id: demoPurchaseId(1), buyerId: RHONE, object: 'Construction du gymnase du collège de Givors', cpvCode: '45212225-9', estimatedAmount: '5800000', expectedLaunchDate: '2026-10-05', worksCommuneCode: '69091',
    lots: [{ number: 1, title: 'Gros œuvre', amount: '3400000' }, { number: 2, title: 'Charpente et couverture', amount: '1300000' }, { number: 3, title: 'Lots techniques', amount: '1100000' }],
    ...estimate, recommendation: R.EXECUTION_CLAUSE },
  { id: demoPurchaseId(2), buyerId: RHONE, object: 'Rénovation de la toiture du collège de Tarare', cpvCode: '45261000-4', estimatedAmount: '1200000', expectedLaunchDate: '2026-11-02', worksCommuneCode: '69243',
    lots: [], ...estimate, recommendation: R.EXECUTION_CLAUSE },
  { id: demoPurchaseId(3), buyerId: VILLEURBANNE, object: 'Nettoyage des écoles maternelles', cpvCode: '90919300-5', estimatedAmount: '650000', expectedLaunchDate: '2027-01-15',
    lots: [], labourShare: '0.8', insertionRate: '0.1', hourlyCost: '25', recommendation: R.RESERVED_SIAE },
  { id: demoPurchaseId(4), buyerId: VILLEURBANNE, object: 'Étude de programmation urbaine du quartier Saint-Jean', cpvCode: '71410000-5', estimatedAmount: '90000', expectedLaunchDate: '2026-12-01',
    lots: [], labourShare: '0.1', insertionRate: '0.05', hourlyCost: '60', recommendation: R.NONE, reason: 'Prestation intellectuelle : presque pas de main-d’œuvre d’exécution, aucune heure d’insertion réaliste.' },
];

const SEEDER: Viewer = { role: 'admin', subject: 'demo-seed', territories: [] };

/** Records the demo census, after the register (the buyers exist). */
export async function seedDemoCensus(em: EntityManager, logger: Logger): Promise<void> {
  for (const purchase of DEMO_PURCHASES) await recordPlannedPurchase(em.fork(), SEEDER, purchase);
  logger.info({ plannedPurchases: DEMO_PURCHASES.length }, 'seeded demo census');
}
