import type { Viewer } from './viewer';

/**
 * The department of an INSEE commune code: its first two characters (`69`, `2A`), or three overseas — the
 * overseas departments (`97411` → `974`) and the overseas collectivities (`98735` → `987`). Written once:
 * every subgraph that files a row under a department uses this, and the SQL of the structures migrations
 * (`department_of_commune`) follows the same rule.
 */
export function departmentOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') || communeCode.startsWith('98') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

/** Where a row lies, as territory rules look at it. */
export interface Place {
  departmentCode: string;
  communeCode: string | null;
}

/**
 * True when one of the viewer's territories covers the place: its department, or the commune itself (a
 * facilitator's coverage may be narrower than a department).
 */
export function coversPlace(viewer: Viewer, place: Place): boolean {
  return viewer.territories.includes(place.departmentCode) ||
    (place.communeCode !== null && viewer.territories.includes(place.communeCode));
}

/** True when one of the viewer's territories covers this INSEE commune (its department or itself). */
export function coversCommune(viewer: Viewer, communeCode: string): boolean {
  return coversPlace(viewer, { departmentCode: departmentOfCommune(communeCode), communeCode });
}
