import { departmentOfCommune } from '@maillage/subgraph-kit';
import { ACTIVITY_SECTORS, type ActivitySector } from '../sector/activity-sector.enum';
import type { Structure } from '../structure/structure.entity';

/** What a structure is ranked against: the sectors wanted and why, the place of the works, past partners. */
export interface MatchCriteria {
  sectors: readonly ActivitySector[];
  /** Where the sectors come from, for the reasons (« la division CPV 45 (Travaux de construction) »). */
  sectorSource: string | null;
  worksCommuneCode: string;
  collaboratorSirets: ReadonlySet<string>;
}

export interface RankedStructure {
  structure: Structure;
  score: number;
  reasons: string[];
}

/**
 * Points of each factor, in the order a facilitator weighs them: the trade first (a structure that does not
 * do the work cannot take the hours), then proximity (people in insertion travel little), then past
 * collaboration with the holder (a relation that already works), then capacity (places available).
 */
export const MATCH_POINTS = { sector: 40, commune: 30, servedCommune: 25, department: 20, servedDepartment: 15, collaboration: 25, capacityMax: 10 } as const;

const sectorLabel = (sector: ActivitySector) => ACTIVITY_SECTORS[sector].label;

function sectorFactor(structure: Structure, criteria: MatchCriteria): [number, string] {
  if (!criteria.sectorSource) return [0, 'Secteur non comparé : le code CPV (ou NAF) n’est pas renseigné'];
  const common = structure.sectors.filter((sector) => criteria.sectors.includes(sector));
  if (common.length === 0) return [0, `Aucun secteur de la structure ne correspond à ${criteria.sectorSource}`];
  return [MATCH_POINTS.sector, `Secteur ${common.map(sectorLabel).join(', ')} : correspond à ${criteria.sectorSource}`];
}

function territoryFactor(structure: Structure, communeCode: string): [number, string] {
  const department = departmentOfCommune(communeCode);
  if (structure.communeCode === communeCode) return [MATCH_POINTS.commune, `Implantée dans la commune des travaux (${communeCode})`];
  if (structure.servedCommuneCodes.includes(communeCode)) return [MATCH_POINTS.servedCommune, `Dessert la commune des travaux (${communeCode})`];
  if (departmentOfCommune(structure.communeCode) === department) return [MATCH_POINTS.department, `Implantée dans le département des travaux (${department})`];
  if (structure.servedDepartmentCodes.includes(department)) return [MATCH_POINTS.servedDepartment, `Intervient dans le département des travaux (${department})`];
  return [0, `Hors du département des travaux (${department})`];
}

function capacityFactor(structure: Structure): [number, string] {
  const capacity = structure.insertionCapacity;
  if (capacity == null) return [0, 'Capacité d’insertion non renseignée'];
  return [Math.min(MATCH_POINTS.capacityMax, Math.ceil(capacity / 2)), `Capacité d’insertion : ${capacity} poste${capacity > 1 ? 's' : ''}`];
}

/** Scores one structure; each factor gives its points and its reason, in French. */
export function rankStructure(structure: Structure, criteria: MatchCriteria): RankedStructure {
  const factors = [sectorFactor(structure, criteria), territoryFactor(structure, criteria.worksCommuneCode)];
  if (criteria.collaboratorSirets.has(structure.siret)) factors.push([MATCH_POINTS.collaboration, 'A déjà travaillé avec le titulaire (co-traitance ou sous-traitance sur un de ses marchés)']);
  factors.push(capacityFactor(structure));
  return { structure, score: factors.reduce((sum, [points]) => sum + points, 0), reasons: factors.map(([, reason]) => reason) };
}

/** The structures by score (best first), then by name: the order a facilitator calls them in. */
export function rankStructures(structures: Structure[], criteria: MatchCriteria): RankedStructure[] {
  return structures
    .map((structure) => rankStructure(structure, criteria))
    .sort((a, b) => b.score - a.score || a.structure.name.localeCompare(b.structure.name, 'fr') || a.structure.id.localeCompare(b.structure.id));
}
