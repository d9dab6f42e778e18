/** The three data sizes of issue 9. */
export type SizeName = 'S' | 'M' | 'L';

export interface Size {
  name: SizeName;
  label: string;
  /** Departments the data lives in (null: every department). */
  departments: string[] | null;
  contracts: number;
  people: number;
  /** Placements (employment contracts); default 1.25 per person. */
  placements?: number;
  statements: number;
  companies: number;
  structures: number;
  buyers: number;
  facilitators: number;
  /** Facilitation services (organisations); default one per three facilitators. */
  services?: number;
  /** Years of history the contracts and hours span, up to the reference month. */
  years: number;
}

/** Auvergne-Rhône-Alpes (region 84). */
const REGION_84 = ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'];

export const SIZES: Record<SizeName, Size> = {
  S: { name: 'S', label: 'one territory (Rhône, 69)', departments: ['69'], contracts: 300, people: 2_000,
    statements: 40_000, companies: 600, structures: 120, buyers: 40, facilitators: 8, years: 3 },
  M: { name: 'M', label: 'one region (Auvergne-Rhône-Alpes, 84)', departments: REGION_84, contracts: 3_000,
    people: 20_000, statements: 400_000, companies: 3_000, structures: 600, buyers: 300, facilitators: 40, years: 4 },
  // The nation, five years: per year at least the facilitators' network's 2021 figures — 58,454 contracts with
  // a clause, 25.1 M insertion hours, 75,194 employment contracts for 57,231 people, 3,576 buyers, 583
  // facilitators in 369 services. 75 % of contracts are in execution or closed (the others carry no hours), and
  // each of them gets a placement first: 392,000 contracts give 294,000 with hours, 5 × 58,454 = 292,270. (With
  // 390,000, L came out at 58,397 contracts with hours per year: a few placements' months all fall outside
  // their contract's execution and leave it without a statement.)
  // Statements average 86 h (20–150 h worked, 10 % with 7 h of training); a placement's months are cut to its
  // contract's execution, which keeps about 90 % of those asked for: 1.65 M asked ≈ 1.48 M statements
  // ≈ 128 M h ≥ 5 × 25.1 M h. (Generated with 1.46 M asked and no first placement per contract, L came out at
  // 42,219 contracts with hours and 22.6 M h per year: short of both figures.)
  L: { name: 'L', label: 'national, five years at the 2021 national figures', departments: null, contracts: 392_000, people: 286_200,
    placements: 376_000, statements: 1_650_000, companies: 30_000, structures: 4_000, buyers: 3_600, facilitators: 583, services: 369, years: 5 },
};

/** The last month with declared hours; the batch scenario declares months up to it. */
export const REFERENCE_MONTH = '2026-10';

export function parseSize(value: string | undefined): Size {
  const name = (value ?? 'S').toUpperCase();
  if (name !== 'S' && name !== 'M' && name !== 'L') throw new Error(`--size must be S, M or L (got ${value})`);
  return SIZES[name];
}

/** How a size compares with the 2021 national figures, per year of its history. */
export function nationalComparison(size: Size, generated: { contractsWithHours: number; hours: number; placements: number; people: number }): string[] {
  const perYear = (v: number) => Math.round(v / size.years).toLocaleString('en-US');
  return [
    `Per year of the ${size.years} years of history, against the 2021 national figures:`, '',
    '| per year | generated | France 2021 |', '|---|---|---|',
    `| contracts with a clause and hours | ${perYear(generated.contractsWithHours)} | 58,454 |`,
    `| insertion hours | ${perYear(generated.hours)} | 25,100,000 |`,
    `| employment contracts (placements) | ${perYear(generated.placements)} | 75,194 |`,
    `| people | ${perYear(generated.people)} | 57,231 |`,
    `| buyers (in total) | ${size.buyers.toLocaleString('en-US')} | 3,576 |`,
    `| facilitators / services (in total) | ${size.facilitators} / ${size.services ?? Math.ceil(size.facilitators / 3)} | 583 / 369 |`,
  ];
}
