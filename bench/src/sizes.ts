/** The three data sizes of issue 9. */
export type SizeName = 'S' | 'M' | 'L';

export interface Size {
  name: SizeName;
  label: string;
  /** Departments the data lives in (null: every department). */
  departments: string[] | null;
  contracts: number;
  people: number;
  statements: number;
  companies: number;
  structures: number;
  buyers: number;
  facilitators: number;
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
  L: { name: 'L', label: 'national, ten years', departments: null, contracts: 15_000, people: 100_000,
    statements: 2_000_000, companies: 11_000, structures: 4_000, buyers: 1_500, facilitators: 200, years: 10 },
};

/** The last month with declared hours; the batch scenario declares months up to it. */
export const REFERENCE_MONTH = '2026-10';

export function parseSize(value: string | undefined): Size {
  const name = (value ?? 'S').toUpperCase();
  if (name !== 'S' && name !== 'M' && name !== 'L') throw new Error(`--size must be S, M or L (got ${value})`);
  return SIZES[name];
}
