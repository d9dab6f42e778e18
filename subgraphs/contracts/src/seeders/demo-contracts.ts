import { InsertionModality as M, LegalBasis } from '../modules/clause/clause.enums';
import { ContractSector as S, ContractStatus as St } from '../modules/contract/contract.enums';
import { SIRET } from './demo-parties';

/** A lot: title, amount excl. tax in euros, and its clause (formula inputs as a facilitator would set them). */
export interface DemoLot {
  title: string;
  amount: string;
  clause?: { basis?: LegalBasis; labourShare?: string; insertionRate?: string; hourlyCost?: string; pooling?: string; manual?: [string, string] };
}

export interface DemoContract {
  /** 1–99: the last digits of the contract's id. */
  n: number;
  reference: string;
  title: string;
  /** Index in DEMO_BUYERS. */
  buyer: number;
  sector: S;
  status: St;
  execution: [string, string];
  holder?: string;
  coContractors?: { siret: string; lot?: number }[];
  subcontractors?: { siret: string; lot?: number }[];
  lots: DemoLot[];
}

/** Typical inputs per trade: labour share, insertion rate, loaded hourly cost (€), allowed modalities. */
export const SECTOR_DEFAULTS: Record<string, { labourShare: string; insertionRate: string; hourlyCost: string; modalities: M[] }> = {
  [S.BUILDING]: { labourShare: '0.45', insertionRate: '0.05', hourlyCost: '30', modalities: [M.DIRECT_HIRE, M.ETTI, M.AI, M.GEIQ, M.SUBCONTRACTING_SIAE, M.SUBCONTRACTING_EA_ESAT, M.TRAINING] },
  // Cleaning: subcontracting to an SIAE, not to an EA/ESAT (the demo shows such hours reported apart).
  [S.CLEANING]: { labourShare: '0.8', insertionRate: '0.1', hourlyCost: '25', modalities: [M.DIRECT_HIRE, M.ETTI, M.SUBCONTRACTING_SIAE] },
  [S.GREEN_SPACES]: { labourShare: '0.6', insertionRate: '0.08', hourlyCost: '27', modalities: [M.DIRECT_HIRE, M.AI, M.GEIQ, M.SUBCONTRACTING_SIAE, M.SUBCONTRACTING_EA_ESAT, M.CO_CONTRACTING] },
  [S.CATERING]: { labourShare: '0.4', insertionRate: '0.06', hourlyCost: '26', modalities: [M.DIRECT_HIRE, M.ETTI, M.TRAINING] },
};

/**
 * The main CPV code of each trade's demo contracts (check digits verified): 45210000-2 « Travaux de
 * construction de bâtiments », 90911200-8 « Services de nettoyage de bâtiments », 77310000-6 « Services de
 * plantation et d'entretien des espaces verts », 55523100-3 « Services de restauration scolaire ».
 */
export const SECTOR_CPV: Record<string, string> = { [S.BUILDING]: '45210000-2', [S.CLEANING]: '90911200-8', [S.GREEN_SPACES]: '77310000-6', [S.CATERING]: '55523100-3' };

const lot = (title: string, amount: string, clause: DemoLot['clause'] = {}): DemoLot => ({ title, amount, clause });
const bare = (title: string, amount: string): DemoLot => ({ title, amount });
const { batirRhone, proprete, tremplinEI, menuiseries, electricite, couverture, rhoneNet, jardinsEst } = SIRET;
const { restaurationRhone, cuisinesCentrales, constructionsBeaujolais, interimInsertionETTI, recyclerieACI, esatAteliers } = SIRET;
const SIAE = LegalBasis.RESERVED_SIAE;

export const DEMO_CONTRACTS: DemoContract[] = [
  // Ville de Villeurbanne
  { n: 1, reference: '2026-VIL-014', title: 'Réhabilitation du groupe scolaire Jules Ferry', buyer: 0, sector: S.BUILDING, status: St.IN_EXECUTION, execution: ['2026-03-02', '2027-08-31'], holder: batirRhone,
    coContractors: [{ siret: menuiseries, lot: 2 }], subcontractors: [{ siret: recyclerieACI, lot: 1 }],
    lots: [lot('Gros œuvre et démolition', '1200000'), lot('Menuiseries extérieures', '450000'), lot('Peinture et revêtements', '300000')] },
  { n: 4, reference: '2026-VIL-022', title: 'Entretien des espaces verts communaux', buyer: 0, sector: S.GREEN_SPACES, status: St.AWARDED, execution: ['2027-01-04', '2029-12-31'], holder: jardinsEst,
    lots: [lot('Parcs et squares, secteur nord', '380000'), lot('Parcs et squares, secteur sud (réservé aux SIAE)', '340000', { basis: SIAE })] },
  { n: 5, reference: '2026-VIL-031', title: 'Restauration scolaire : préparation et livraison des repas', buyer: 0, sector: S.CATERING, status: St.PUBLISHED, execution: ['2027-09-01', '2031-08-31'],
    lots: [lot('Repas des écoles élémentaires et maternelles', '2400000')] },
  { n: 6, reference: '2025-VIL-045', title: 'Nettoyage des équipements sportifs', buyer: 0, sector: S.CLEANING, status: St.CLOSED, execution: ['2025-01-06', '2025-12-19'], holder: rhoneNet,
    subcontractors: [{ siret: esatAteliers, lot: 1 }], lots: [lot('Gymnases et vestiaires', '410000')] },
  { n: 7, reference: '2026-VIL-050', title: 'Extension de la médiathèque', buyer: 0, sector: S.BUILDING, status: St.DRAFT, execution: ['2027-06-01', '2028-12-15'],
    lots: [lot('Gros œuvre', '900000'), lot('Lots techniques', '520000', { insertionRate: '0.04' })] },
  { n: 8, reference: '2026-VIL-052', title: 'Réfection de la voirie rue Francis-de-Pressensé', buyer: 0, sector: S.BUILDING, status: St.CANCELLED, execution: ['2026-09-01', '2027-03-31'],
    lots: [lot('Voirie et réseaux', '760000', { labourShare: '0.35' })] },
  // Ville de Vénissieux
  { n: 2, reference: '2026-VEN-007', title: 'Nettoyage des bâtiments communaux', buyer: 1, sector: S.CLEANING, status: St.IN_EXECUTION, execution: ['2026-01-05', '2028-12-29'], holder: proprete,
    subcontractors: [{ siret: esatAteliers, lot: 2 }], lots: [lot('Bâtiments administratifs', '620000'), lot('Vitrerie', '140000')] },
  { n: 9, reference: '2026-VEN-011', title: 'Rénovation énergétique du gymnase des Minguettes', buyer: 1, sector: S.BUILDING, status: St.IN_EXECUTION, execution: ['2026-04-01', '2027-06-30'], holder: couverture,
    subcontractors: [{ siret: recyclerieACI, lot: 1 }, { siret: interimInsertionETTI }], lots: [lot('Isolation et couverture', '780000'), lot('Chauffage et ventilation', '560000')] },
  { n: 10, reference: '2026-VEN-015', title: 'Entretien des espaces verts du parc Louis-Dupic', buyer: 1, sector: S.GREEN_SPACES, status: St.IN_EXECUTION, execution: ['2026-03-02', '2028-02-29'], holder: jardinsEst,
    subcontractors: [{ siret: tremplinEI }], lots: [lot('Tonte, taille et entretien courant', '295000')] },
  { n: 11, reference: '2026-VEN-019', title: 'Restauration des accueils de loisirs', buyer: 1, sector: S.CATERING, status: St.AWARDED, execution: ['2027-01-04', '2029-12-31'], holder: cuisinesCentrales,
    lots: [lot('Repas et goûters', '870000')] },
  { n: 12, reference: '2027-VEN-002', title: 'Nettoyage des écoles', buyer: 1, sector: S.CLEANING, status: St.DRAFT, execution: ['2027-09-01', '2030-08-30'],
    lots: [lot('Écoles du plateau des Minguettes', '540000'), lot('Écoles du centre', '460000')] },
  { n: 13, reference: '2025-VEN-028', title: 'Construction d’une maison de quartier', buyer: 1, sector: S.BUILDING, status: St.CLOSED, execution: ['2024-09-02', '2025-11-28'], holder: batirRhone,
    subcontractors: [{ siret: menuiseries, lot: 2 }], lots: [lot('Gros œuvre', '1350000'), lot('Menuiseries intérieures', '280000')] },
  // Office public de l'habitat du Rhône
  { n: 3, reference: '2026-OPH-031', title: 'Entretien des espaces verts des résidences', buyer: 2, sector: S.GREEN_SPACES, status: St.IN_EXECUTION, execution: ['2026-02-02', '2028-01-31'], holder: tremplinEI,
    lots: [lot('Résidences de Lyon 8e', '260000', { basis: SIAE }), lot('Résidences de Villeurbanne', '215000', { basis: SIAE })] },
  { n: 14, reference: '2026-OPH-035', title: 'Réhabilitation thermique de 120 logements, résidence Mermoz', buyer: 2, sector: S.BUILDING, status: St.IN_EXECUTION, execution: ['2026-05-04', '2027-12-17'], holder: batirRhone,
    coContractors: [{ siret: electricite, lot: 3 }], subcontractors: [{ siret: interimInsertionETTI, lot: 1 }],
    lots: [lot('Isolation thermique par l’extérieur', '1650000'), lot('Menuiseries', '720000'), lot('Électricité et ventilation', '480000')] },
  { n: 15, reference: '2026-OPH-040', title: 'Nettoyage des parties communes', buyer: 2, sector: S.CLEANING, status: St.IN_EXECUTION, execution: ['2026-01-05', '2029-12-31'], holder: rhoneNet,
    subcontractors: [{ siret: esatAteliers, lot: 2 }],
    lots: [lot('Parties communes, Lyon 7e et 8e', '980000', { pooling: 'OPH propreté 2026' }), lot('Sortie et lavage des conteneurs', '210000', { pooling: 'OPH propreté 2026' })] },
  { n: 16, reference: '2026-OPH-044', title: 'Remplacement des ascenseurs, résidence États-Unis', buyer: 2, sector: S.BUILDING, status: St.PUBLISHED, execution: ['2027-03-01', '2028-06-30'],
    lots: [lot('Ascenseurs', '1100000', { labourShare: '0.3' })] },
  { n: 17, reference: '2025-OPH-012', title: 'Désamiantage et curage avant démolition', buyer: 2, sector: S.BUILDING, status: St.CLOSED, execution: ['2025-02-03', '2025-10-31'], holder: batirRhone,
    subcontractors: [{ siret: recyclerieACI }], lots: [lot('Curage et réemploi des matériaux', '640000', { labourShare: '0.55' })] },
  { n: 18, reference: '2026-OPH-050', title: 'Chantier d’insertion : entretien des abords des résidences', buyer: 2, sector: S.GREEN_SPACES, status: St.IN_EXECUTION, execution: ['2026-04-01', '2027-03-31'], holder: recyclerieACI,
    lots: [lot('Entretien des abords', '180000', { basis: LegalBasis.INSERTION_SERVICE, manual: ['4800', 'Marché d’insertion (art. R2123-1) : l’insertion est l’objet même ; 4 postes × 1 200 h par an.'] })] },
  // Métropole de Lyon
  { n: 19, reference: '2026-MET-101', title: 'Nettoyage des locaux des maisons de la Métropole', buyer: 3, sector: S.CLEANING, status: St.IN_EXECUTION, execution: ['2026-01-05', '2029-12-31'], holder: proprete,
    subcontractors: [{ siret: esatAteliers, lot: 3 }],
    lots: [lot('Lyon nord', '1450000', { pooling: 'Métropole propreté 2026' }), lot('Lyon sud', '1200000', { pooling: 'Métropole propreté 2026' }), lot('Est lyonnais', '980000', { pooling: 'Métropole propreté 2026' })] },
  { n: 20, reference: '2026-MET-107', title: 'Requalification des berges : aménagements paysagers', buyer: 3, sector: S.GREEN_SPACES, status: St.IN_EXECUTION, execution: ['2026-03-02', '2027-11-30'], holder: jardinsEst,
    subcontractors: [{ siret: tremplinEI, lot: 2 }], lots: [lot('Terrassements paysagers', '1900000', { labourShare: '0.35' }), lot('Plantations', '650000')] },
  { n: 21, reference: '2026-MET-112', title: 'Construction du collège de Vaulx-en-Velin', buyer: 3, sector: S.BUILDING, status: St.AWARDED, execution: ['2027-02-01', '2029-07-31'], holder: batirRhone,
    lots: [lot('Gros œuvre', '6800000', { basis: LegalBasis.AWARD_CRITERION, insertionRate: '0.07' }), lot('Charpente et couverture', '1400000'), lot('Électricité', '1100000'), lot('Plomberie et chauffage', '1350000')] },
  { n: 22, reference: '2026-MET-118', title: 'Restauration des collèges : préparation des repas', buyer: 3, sector: S.CATERING, status: St.PUBLISHED, execution: ['2027-09-01', '2031-08-31'],
    lots: [lot('Collèges du nord', '3200000'), lot('Collèges du sud', '2900000')] },
  { n: 23, reference: '2026-MET-121', title: 'Entretien des espaces verts des collèges', buyer: 3, sector: S.GREEN_SPACES, status: St.DRAFT, execution: ['2027-04-01', '2030-03-31'],
    lots: [lot('Collèges de l’est', '420000'), bare('Arrosage automatique', '90000')] },
  { n: 24, reference: '2025-MET-088', title: 'Mise en accessibilité des arrêts de bus', buyer: 3, sector: S.BUILDING, status: St.CANCELLED, execution: ['2026-02-02', '2026-12-18'],
    lots: [lot('Quais et bordures', '830000', { labourShare: '0.4' })] },
  // Département du Rhône
  { n: 25, reference: '2026-DEP-201', title: 'Restauration scolaire des collèges du Beaujolais', buyer: 4, sector: S.CATERING, status: St.IN_EXECUTION, execution: ['2026-09-01', '2030-07-05'], holder: restaurationRhone,
    subcontractors: [{ siret: interimInsertionETTI }], lots: [lot('Collèges de Villefranche et Belleville', '2100000'), lot('Collèges des Monts du Beaujolais', '1250000')] },
  { n: 26, reference: '2026-DEP-205', title: 'Réhabilitation du collège de Tarare', buyer: 4, sector: S.BUILDING, status: St.IN_EXECUTION, execution: ['2026-04-06', '2027-08-27'], holder: constructionsBeaujolais,
    subcontractors: [{ siret: recyclerieACI, lot: 1 }], lots: [lot('Désamiantage et gros œuvre', '2300000'), lot('Second œuvre', '1150000')] },
  { n: 27, reference: '2026-DEP-210', title: 'Fauchage et débroussaillage des routes départementales', buyer: 4, sector: S.GREEN_SPACES, status: St.AWARDED, execution: ['2027-01-04', '2028-12-29'], holder: jardinsEst,
    subcontractors: [{ siret: tremplinEI }], lots: [lot('Secteur Beaujolais', '560000'), lot('Secteur Monts du Lyonnais', '480000')] },
  { n: 28, reference: '2026-DEP-214', title: 'Nettoyage des maisons du Rhône', buyer: 4, sector: S.CLEANING, status: St.PUBLISHED, execution: ['2027-04-01', '2030-03-29'],
    lots: [lot('Maisons du Rhône du nord', '390000'), lot('Maisons du Rhône du sud (réservé aux EA et ESAT)', '310000', { basis: LegalBasis.RESERVED_DISABILITY })] },
  { n: 29, reference: '2025-DEP-190', title: 'Restauration du collège de Belleville', buyer: 4, sector: S.CATERING, status: St.CLOSED, execution: ['2022-09-01', '2025-07-04'], holder: cuisinesCentrales,
    lots: [lot('Demi-pension', '1020000')] },
  { n: 30, reference: '2026-DEP-220', title: 'Extension du collège de Villefranche-sur-Saône', buyer: 4, sector: S.BUILDING, status: St.DRAFT, execution: ['2027-09-01', '2029-06-29'],
    lots: [lot('Gros œuvre', '2600000'), lot('Lots techniques', '1300000')] },
];
