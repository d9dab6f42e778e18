import { ActivitySector } from '../sector/activity-sector.enum';

/**
 * THE table between CPV divisions (the first two digits of a contract's CPV code, Regulation (EC)
 * No 213/2008, annex I) and the structures' activity sectors (`ActivitySector`): which structures could
 * deliver or supply a contract of that division. It is the only place the matching reads; docs/domain.md
 * (« Rapprochement marchés – structures ») prints it with the same rationale.
 *
 * Rationale: a division maps to the sectors whose NAF codes (`ACTIVITY_SECTORS`) produce what the division
 * buys — e.g. CPV 45 « Travaux de construction » is bought from NAF 41–43 (building: BUILDING; civil
 * engineering and roads: PUBLIC_WORKS); CPV 90 « Services d'évacuation des eaux usées et d'élimination des
 * déchets, services d'assainissement et services relatifs à l'environnement » covers cleaning (group 909)
 * and waste (905) — CLEANING and RECYCLING; CPV 77 « Services agricoles, sylvicoles, horticoles… » is
 * green-space upkeep (NAF 8130Z) and market gardening. The trades are those facilitators place people in
 * most (DOMAIN.md §3: building vs services; le marché de l'inclusion's sector groups). A division absent
 * from the table matches no sector: the structure can still rank by territory and past collaboration.
 */
export const CPV_DIVISION_SECTORS: Readonly<Record<string, { label: string; sectors: readonly ActivitySector[] }>> = {
  '03': { label: 'Produits agricoles, de l’élevage, de la pêche, de la sylviculture', sectors: [ActivitySector.MARKET_GARDENING] },
  '15': { label: 'Produits alimentaires, boissons, tabac', sectors: [ActivitySector.CATERING, ActivitySector.MARKET_GARDENING] },
  '18': { label: 'Vêtements, articles chaussants, bagages et accessoires', sectors: [ActivitySector.LAUNDRY_TEXTILE] },
  '19': { label: 'Cuir et textiles, matériaux en plastique et en caoutchouc', sectors: [ActivitySector.LAUNDRY_TEXTILE] },
  '22': { label: 'Imprimés et produits connexes', sectors: [ActivitySector.OFFICE_SERVICES, ActivitySector.INDUSTRIAL_SUBCONTRACTING] },
  '30': { label: 'Machines, matériel et fournitures de bureau et informatique', sectors: [ActivitySector.DIGITAL] },
  '39': { label: 'Meubles, aménagements, électroménager et produits de nettoyage', sectors: [ActivitySector.INDUSTRIAL_SUBCONTRACTING] },
  '44': { label: 'Structures et matériaux de construction', sectors: [ActivitySector.BUILDING, ActivitySector.INDUSTRIAL_SUBCONTRACTING] },
  '45': { label: 'Travaux de construction', sectors: [ActivitySector.BUILDING, ActivitySector.PUBLIC_WORKS] },
  '50': { label: 'Services de réparation et d’entretien', sectors: [ActivitySector.BUILDING, ActivitySector.DIGITAL] },
  '55': { label: 'Services d’hôtellerie, de restauration et de commerce au détail', sectors: [ActivitySector.CATERING] },
  '60': { label: 'Services de transport', sectors: [ActivitySector.LOGISTICS] },
  '63': { label: 'Services d’appui et auxiliaires dans le domaine des transports', sectors: [ActivitySector.LOGISTICS] },
  '64': { label: 'Services des postes et télécommunications', sectors: [ActivitySector.LOGISTICS] },
  '72': { label: 'Services de technologies de l’information', sectors: [ActivitySector.DIGITAL] },
  '77': { label: 'Services agricoles, sylvicoles, horticoles, aquacoles et apicoles', sectors: [ActivitySector.GREEN_SPACES, ActivitySector.MARKET_GARDENING] },
  '79': { label: 'Services aux entreprises (droit, marketing, conseil, recrutement, impression, sécurité)', sectors: [ActivitySector.OFFICE_SERVICES, ActivitySector.SECURITY] },
  '85': { label: 'Services de santé et services sociaux', sectors: [ActivitySector.PERSONAL_SERVICES] },
  '90': { label: 'Services d’assainissement, de propreté, de déchets et relatifs à l’environnement', sectors: [ActivitySector.CLEANING, ActivitySector.RECYCLING] },
  '98': { label: 'Autres services collectifs, sociaux et personnels (dont blanchisserie)', sectors: [ActivitySector.LAUNDRY_TEXTILE, ActivitySector.PERSONAL_SERVICES] },
};

/** The sectors a CPV code's division matches (none for an unknown division or no code). */
export function sectorsOfCpv(cpvCode: string | null | undefined): { division: string | null; label: string | null; sectors: readonly ActivitySector[] } {
  const division = cpvCode?.slice(0, 2) ?? null;
  const entry = division ? CPV_DIVISION_SECTORS[division] : undefined;
  return { division, label: entry?.label ?? null, sectors: entry?.sectors ?? [] };
}
