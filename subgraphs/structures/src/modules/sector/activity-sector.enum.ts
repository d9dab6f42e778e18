import { registerEnumType } from 'type-graphql';

/**
 * The controlled list of sectors of activity a structure works in: the trades clauses are written for
 * (building, cleaning, green spaces, catering, logistics, recycling…), coarser than NAF on purpose.
 */
export enum ActivitySector {
  BUILDING = 'BUILDING',
  PUBLIC_WORKS = 'PUBLIC_WORKS',
  CLEANING = 'CLEANING',
  GREEN_SPACES = 'GREEN_SPACES',
  CATERING = 'CATERING',
  LOGISTICS = 'LOGISTICS',
  RECYCLING = 'RECYCLING',
  LAUNDRY_TEXTILE = 'LAUNDRY_TEXTILE',
  INDUSTRIAL_SUBCONTRACTING = 'INDUSTRIAL_SUBCONTRACTING',
  MARKET_GARDENING = 'MARKET_GARDENING',
  PERSONAL_SERVICES = 'PERSONAL_SERVICES',
  OFFICE_SERVICES = 'OFFICE_SERVICES',
  DIGITAL = 'DIGITAL',
  SECURITY = 'SECURITY',
  OTHER = 'OTHER',
}

/** Label and the NAF rev. 2 codes (sub-classes) that map to each sector; OTHER maps to none. */
export const ACTIVITY_SECTORS: Record<ActivitySector, { label: string; nafCodes: readonly string[] }> = {
  BUILDING: { label: 'Bâtiment (gros œuvre, second œuvre, démolition)', nafCodes: ['4120A', '4120B', '4311Z', '4332A', '4333Z', '4334Z', '4339Z', '4399C'] },
  PUBLIC_WORKS: { label: 'Travaux publics et voirie', nafCodes: ['4211Z', '4221Z', '4299Z', '4312A'] },
  CLEANING: { label: 'Propreté et nettoyage', nafCodes: ['8121Z', '8122Z', '8129A', '8129B'] },
  GREEN_SPACES: { label: 'Espaces verts et paysage', nafCodes: ['8130Z'] },
  CATERING: { label: 'Restauration et traiteur', nafCodes: ['5610A', '5621Z', '5629A', '5629B'] },
  LOGISTICS: { label: 'Logistique, manutention, transport et déménagement', nafCodes: ['4941B', '4942Z', '5210B', '5224B', '5320Z'] },
  RECYCLING: { label: 'Collecte, tri, recyclage et réemploi', nafCodes: ['3811Z', '3831Z', '3832Z', '4779Z'] },
  LAUNDRY_TEXTILE: { label: 'Blanchisserie, couture et textile', nafCodes: ['1392Z', '1413Z', '9601A', '9601B'] },
  INDUSTRIAL_SUBCONTRACTING: { label: 'Sous-traitance industrielle et conditionnement', nafCodes: ['2562B', '8292Z'] },
  MARKET_GARDENING: { label: 'Maraîchage et agriculture', nafCodes: ['0113Z'] },
  PERSONAL_SERVICES: { label: 'Services à la personne', nafCodes: ['8810A', '9609Z'] },
  OFFICE_SERVICES: { label: 'Services administratifs et de bureau', nafCodes: ['8211Z', '8219Z'] },
  DIGITAL: { label: 'Numérique (saisie, reconditionnement informatique)', nafCodes: ['6311Z', '9511Z'] },
  SECURITY: { label: 'Sécurité et gardiennage', nafCodes: ['8010Z'] },
  OTHER: { label: 'Autre', nafCodes: [] },
};

registerEnumType(ActivitySector, {
  name: 'ActivitySector',
  description: "Secteur d'activité (liste contrôlée ; voir `activitySectors` pour les codes NAF correspondants).",
  valuesConfig: Object.fromEntries(
    Object.entries(ACTIVITY_SECTORS).map(([sector, { label }]) => [sector, { description: label }]),
  ),
});

/** What a structure offers a company that owes clause hours (le-marche `PRESTA_CHOICES`). */
export enum StructureService {
  PROVISION_OF_STAFF = 'PROVISION_OF_STAFF',
  SERVICE = 'SERVICE',
  GOODS = 'GOODS',
}
registerEnumType(StructureService, {
  name: 'StructureService',
  description: 'Type de prestation proposée.',
  valuesConfig: {
    PROVISION_OF_STAFF: { description: 'Mise à disposition de personnel (intérim)' },
    SERVICE: { description: 'Prestation de service (sous-traitance, co-traitance)' },
    GOODS: { description: 'Fabrication et commercialisation de biens' },
  },
});

/**
 * The sectors of a company's trade, from its NAF code: the sectors listing that code, else those listing a
 * code of the same NAF division (its first two digits: 43 « Travaux de construction spécialisés » finds
 * BUILDING through 4399C), so that a building firm coded 4321A still finds the building structures.
 */
export function sectorsOfNaf(nafCode: string | null | undefined): ActivitySector[] {
  if (!nafCode) return [];
  const entries = Object.entries(ACTIVITY_SECTORS) as [ActivitySector, { nafCodes: readonly string[] }][];
  const exact = entries.filter(([, { nafCodes }]) => nafCodes.includes(nafCode)).map(([sector]) => sector);
  if (exact.length > 0) return exact;
  return entries.filter(([, { nafCodes }]) => nafCodes.some((code) => code.slice(0, 2) === nafCode.slice(0, 2))).map(([sector]) => sector);
}
