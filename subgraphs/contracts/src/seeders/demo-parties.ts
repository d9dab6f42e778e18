import { BuyerKind } from '../modules/buyer/buyer.entity';

/**
 * Demo buyers and companies of the Lyon territory. Identifiers are fixed so that the other subgraphs'
 * seeds can refer to them. Company SIRETs are synthetic: they pass the Luhn check but belong to no
 * registered establishment.
 */
export const DEMO_BUYERS = [
  { id: '0b6f7c1e-0000-4000-8000-000000000001', name: 'Ville de Villeurbanne', kind: BuyerKind.COMMUNE, siret: '21692660000018', communeCode: '69266' },
  { id: '0b6f7c1e-0000-4000-8000-000000000002', name: 'Ville de Vénissieux', kind: BuyerKind.COMMUNE, siret: '21692590900014', communeCode: '69259' },
  { id: '0b6f7c1e-0000-4000-8000-000000000003', name: 'Office public de l’habitat du Rhône (démo)', kind: BuyerKind.SOCIAL_LANDLORD, siret: '26690000000016', communeCode: '69123' },
  // A collectivité à statut particulier (not an EPCI) whose seat is in Lyon.
  { id: '0b6f7c1e-0000-4000-8000-000000000004', name: 'Métropole de Lyon', kind: BuyerKind.OTHER, siret: '20004697700019', communeCode: '69123' },
  // The Rhône's hôtel du département stands in Lyon, outside the territory it serves since 2015.
  { id: '0b6f7c1e-0000-4000-8000-000000000005', name: 'Département du Rhône', kind: BuyerKind.DEPARTMENT, siret: '22690001700014', communeCode: '69123' },
];

/** Facilitators of the `directory` demo: PLIE de la Métropole de Lyon, Maison de l'Emploi (rest of Rhône). */
export const DEMO_FACILITATORS = {
  metropole: 'd1f00000-0000-4000-8000-000000000001',
  rhone: 'd1f00000-0000-4000-8000-000000000002',
};

/** SIRETs of the demo companies, by a short name the contracts below use. */
export const SIRET = {
  batirRhone: '39812340600017',
  proprete: '41234560500015',
  tremplinEI: '77700010000019',
  menuiseries: '50234567100015',
  electricite: '50345678200013',
  couverture: '50456789200014',
  rhoneNet: '50567890400010',
  jardinsEst: '50678901500019',
  restaurationRhone: '50789012700016',
  cuisinesCentrales: '50890123800016',
  constructionsBeaujolais: '50901234000014',
  // Insertion and disability structures: `structures` knows them by the same SIRETs.
  interimInsertionETTI: '81122330400015',
  recyclerieACI: '33445560700013',
  esatAteliers: '44556670600013',
} as const;

export const DEMO_COMPANIES = [
  { siret: SIRET.batirRhone, name: 'Bâtir Rhône SAS (démo)', nafCode: '4120B', communeCode: '69123' },
  { siret: SIRET.proprete, name: 'Propreté Confluence (démo)', nafCode: '8121Z', communeCode: '69123' },
  { siret: SIRET.tremplinEI, name: 'Tremplin Espaces Verts (démo)', nafCode: '8130Z', communeCode: '69266' },
  { siret: SIRET.menuiseries, name: 'Menuiseries du Lyonnais (démo)', nafCode: '4332A', communeCode: '69256' },
  { siret: SIRET.electricite, name: 'Électricité Saône-Rhône (démo)', nafCode: '4321A', communeCode: '69290' },
  { siret: SIRET.couverture, name: 'Couverture des Monts d’Or (démo)', nafCode: '4391B', communeCode: '69123' },
  { siret: SIRET.rhoneNet, name: 'Rhône Net Services (démo)', nafCode: '8121Z', communeCode: '69259' },
  { siret: SIRET.jardinsEst, name: 'Jardins de l’Est lyonnais (démo)', nafCode: '8130Z', communeCode: '69290' },
  { siret: SIRET.restaurationRhone, name: 'Restauration collective du Rhône (démo)', nafCode: '5629A', communeCode: '69123' },
  { siret: SIRET.cuisinesCentrales, name: 'Cuisines centrales lyonnaises (démo)', nafCode: '5629A', communeCode: '69256' },
  { siret: SIRET.constructionsBeaujolais, name: 'Constructions du Beaujolais (démo)', nafCode: '4120B', communeCode: '69266' },
  { siret: SIRET.interimInsertionETTI, name: 'Intérim Insertion Rhône (démo)', nafCode: '7820Z', communeCode: '69123' },
  { siret: SIRET.recyclerieACI, name: 'Atelier Recyclerie des Minguettes (démo)', nafCode: '3832Z', communeCode: '69259' },
  { siret: SIRET.esatAteliers, name: 'ESAT Les Ateliers du Rhône (démo)', nafCode: '8810C', communeCode: '69290' },
];
