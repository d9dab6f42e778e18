import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { ROME_CODE, ROME_FAMILIES, romeFamilyLabel, romeFamilyOf } from './families';

/** One job of the ROME (« fiche métier »): its code and its label. */
export interface RomeJob {
  code: string;
  label: string;
}

/**
 * The committed list of ROME jobs: where it comes from, when, under which licence, which families it keeps,
 * and the jobs sorted by code. Regenerated from a downloaded file of the referential by
 * `npm run -w @maillage/rome-codes update -- <file.csv> --date AAAA-MM-JJ` (README.md); nothing is
 * downloaded at start or by the tests.
 */
export interface RomeCodeList {
  source: string;
  sourceUrl: string;
  licence: string;
  /** The date of the referential's version the list was taken from (AAAA-MM-JJ). */
  date: string;
  /** ROME version, when known (e.g. « 4.0 »). */
  version: string | null;
  /** Code prefixes kept (a family letter, or a letter and digits); empty: the whole referential. */
  kept: string[];
  jobs: RomeJob[];
}

/** Where the list lives, relative to this package. */
export const ROME_CODE_LIST_FILE = join(__dirname, '..', 'data', 'rome.json');

let list: RomeCodeList | null = null;
let byCode: ReadonlyMap<string, string> | null = null;

/** The committed list (read once, on first use). */
export function romeCodeList(): RomeCodeList {
  list ??= JSON.parse(readFileSync(ROME_CODE_LIST_FILE, 'utf8')) as RomeCodeList;
  return list;
}

/** The label of a ROME code of the list, or null when the list does not have it. */
export function romeLabel(code: string): string | null {
  byCode ??= new Map(romeCodeList().jobs.map((job) => [job.code, job.label]));
  return byCode.get(code) ?? null;
}

/** True when the code is in the committed list. */
export function isKnownRomeCode(code: string): boolean {
  return romeLabel(code) !== null;
}
