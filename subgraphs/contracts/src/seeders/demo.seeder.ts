import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Buyer, BuyerKind } from '../modules/buyer/buyer.entity';
import { Company } from '../modules/company/company.entity';
import { Contract } from '../modules/contract/contract.entity';

/**
 * Demo data for the Lyon territory. Identifiers are fixed so that the other subgraphs' seeds can refer to
 * them. SIRETs are synthetic: they pass the Luhn check but belong to no registered establishment.
 */
export const DEMO_BUYERS = [
  { id: '0b6f7c1e-0000-4000-8000-000000000001', name: 'Ville de Villeurbanne', kind: BuyerKind.COMMUNE, siret: '21692660000018', communeCode: '69266' },
  { id: '0b6f7c1e-0000-4000-8000-000000000002', name: 'Ville de Vénissieux', kind: BuyerKind.COMMUNE, siret: '21692590900014', communeCode: '69259' },
  { id: '0b6f7c1e-0000-4000-8000-000000000003', name: 'Office public de l’habitat du Rhône (démo)', kind: BuyerKind.SOCIAL_LANDLORD, siret: '26690000000016', communeCode: '69123' },
];

export const DEMO_COMPANIES = [
  { siret: '39812340600017', name: 'Bâtir Rhône SAS (démo)', nafCode: '4120B', communeCode: '69123' },
  { siret: '41234560500015', name: 'Propreté Confluence (démo)', nafCode: '8121Z', communeCode: '69123' },
  // An insertion company (EI) that also holds a contract: `structures` knows it by the same SIRET.
  { siret: '77700010000019', name: 'Tremplin Espaces Verts (démo)', nafCode: '8130Z', communeCode: '69266' },
];

export const DEMO_CONTRACTS = [
  { id: '5c0e1d2a-0000-4000-8000-000000000001', reference: '2026-VIL-014', title: 'Réhabilitation du groupe scolaire Jules Ferry', buyer: 0, holder: 0 },
  { id: '5c0e1d2a-0000-4000-8000-000000000002', reference: '2026-VEN-007', title: 'Nettoyage des bâtiments communaux', buyer: 1, holder: 1 },
  { id: '5c0e1d2a-0000-4000-8000-000000000003', reference: '2026-OPH-031', title: 'Entretien des espaces verts des résidences', buyer: 2, holder: 2 },
];

/** Inserts the demo data once: a database that already has buyers is left as it is. */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Buyer)) > 0) return;
  await em.transactional(async (tx) => {
    const buyers = DEMO_BUYERS.map((data) => tx.create(Buyer, data));
    const companies = DEMO_COMPANIES.map((data) => tx.create(Company, data));
    for (const { buyer, holder, ...data } of DEMO_CONTRACTS) {
      tx.create(Contract, { ...data, buyer: buyers[buyer]!, holder: companies[holder]! });
    }
  });
  logger.info({ buyers: DEMO_BUYERS.length, contracts: DEMO_CONTRACTS.length }, 'seeded demo data');
}
