import type { Viewer } from '@maillage/subgraph-kit';
import { SUPPRESSED_ROLES } from '../../access/access-table';
import { mayEver } from '../../access/access';
import { ratioOf } from '../aggregates/aggregates.build';
import { suppressCells, tooFew } from '../aggregates/suppression';
import type { CountRow, HoursRow } from './indicators.repository';
import { labelOf } from './indicators.labels';
import { EntryProfile, IndicatorCell, InsertionIndicators } from './indicators.types';

/**
 * The kind of hours of each modality: the extension point for converted subcontracting (an amount turned
 * into hours, a clause setting) and training courses, which will add their own rows here.
 */
export const HOURS_KIND_OF_MODALITY: Record<string, 'EMPLOYMENT' | 'SUBCONTRACTING' | 'TRAINING'> = {
  DIRECT_HIRE: 'EMPLOYMENT', ETTI: 'EMPLOYMENT', AI: 'EMPLOYMENT', GEIQ: 'EMPLOYMENT',
  SUBCONTRACTING_SIAE: 'SUBCONTRACTING', SUBCONTRACTING_EA_ESAT: 'SUBCONTRACTING', CO_CONTRACTING: 'SUBCONTRACTING',
  TRAINING: 'TRAINING',
};

const hundredths = (value: string) => {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * 100n + BigInt((fraction + '00').slice(0, 2));
};
const decimal = (value: bigint) => `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
const sum = (values: string[]) => decimal(values.reduce((total, value) => total + hundredths(value), 0n));

/** hours ÷ divisor with two decimals, rounded half up, in exact integer arithmetic. */
export function fteOf(hours: string, divisor: string): string {
  const d = hundredths(divisor);
  return decimal((2n * hundredths(hours) * 100n + d) / (2n * d));
}

interface RawCell { category: string; people: number; placements: number | null; hours: string | null }

function cells(table: string, raw: RawCell[], protect: boolean): IndicatorCell[] {
  const marked = protect ? suppressCells(raw) : raw.map((cell) => ({ ...cell, suppressed: false }));
  return marked.map((cell) => Object.assign(new IndicatorCell(), {
    category: cell.category, label: labelOf(table, cell.category), suppressed: cell.suppressed,
    people: cell.suppressed ? null : cell.people, placements: cell.suppressed ? null : cell.placements, hours: cell.suppressed ? null : cell.hours,
  }));
}

const pick = (rows: CountRow[], dimension: string) => rows.filter((row) => row.dimension === dimension && row.category !== 'TOTAL');

/**
 * Turns the rows of a report into what the viewer may see: everything for facilitators and admins; for
 * the roles that may not see individuals, nothing when the scope covers 1 to 4 people, and every table's
 * cells suppressed as the aggregates of the access table are. Health and justice families only for the
 * roles that may read those tiers.
 */
export function buildIndicators(hours: HoursRow[], counts: CountRow[], viewer: Viewer, divisor: string, hoursTarget: string | null): InsertionIndicators {
  const protect = SUPPRESSED_ROLES.includes(viewer.role);
  const people = counts.find((row) => row.dimension === 'hours' && row.category === 'TOTAL')?.people ?? 0;
  const placed = counts.find((row) => row.dimension === 'placements');
  const total = hours.find((row) => row.grouping === 'total') ?? { worked: '0.00', training: '0.00' };
  const realised = sum([total.worked, total.training]);
  const indicators = new InsertionIndicators();
  if (protect && (tooFew(people) || tooFew(placed?.people ?? 0))) {
    const empty = Object.assign(new EntryProfile(), { ageBands: [], sex: [], criteriaFamilies: [], qpv: [], qualification: [], rqth: null });
    return Object.assign(indicators, {
      suppressed: true, hoursRealised: null, hoursWorked: null, trainingHours: null, hoursTarget, ratio: null, fte: null, people: null,
      peoplePlaced: null, placements: null, hoursByKind: [], byModality: [], byMonth: [], profile: empty, contractTypes: [], contractDurations: [],
      outcomesAtExit: [], outcomesAtSixMonths: [],
    });
  }
  const peopleByModality = new Map(pick(counts, 'hours').map((row) => [row.category, row.people]));
  const modalities = hours.filter((row) => row.grouping === 'modality');
  const kinds = new Map<string, { hours: string[]; people: number }>();
  for (const row of modalities) {
    const kind = HOURS_KIND_OF_MODALITY[row.modality!] ?? 'EMPLOYMENT';
    const entry = kinds.get(kind) ?? { hours: [], people: 0 };
    entry.hours.push(row.worked);
    entry.people += peopleByModality.get(row.modality!) ?? 0;
    kinds.set(kind, entry);
  }
  // Training hours of every statement count as training, whatever the placement's modality.
  const training = kinds.get('TRAINING') ?? { hours: [], people: 0 };
  kinds.set('TRAINING', { hours: [...training.hours, total.training], people: training.people });
  const healthReader = mayEver(viewer, 'read', 'BeneficiaryCriterion(health)');
  const counted = (dimension: string) => pick(counts, dimension).map((row) => ({ category: row.category, people: row.people, placements: null, hours: null }));
  const families = counted('criteria').filter((cell) => healthReader || (cell.category !== 'HEALTH' && cell.category !== 'JUSTICE'));
  const health = counts.find((row) => row.dimension === 'criteria' && row.category === 'HEALTH');
  return Object.assign(indicators, {
    suppressed: false,
    hoursRealised: realised, hoursWorked: total.worked, trainingHours: total.training, hoursTarget,
    ratio: ratioOf(realised, hoursTarget), fte: fteOf(realised, divisor),
    people, peoplePlaced: placed?.people ?? 0, placements: placed?.placements ?? 0,
    // Kinds are not people-disjoint (a person may work under two modalities): cells show hours; people are an upper bound.
    hoursByKind: cells('hoursKind', ['EMPLOYMENT', 'SUBCONTRACTING', 'TRAINING'].map((kind) => ({
      category: kind, people: kinds.get(kind)?.people ?? 0, placements: null, hours: sum(kinds.get(kind)?.hours ?? []),
    })), protect),
    byModality: cells('modality', modalities.map((row) => ({ category: row.modality!, people: peopleByModality.get(row.modality!) ?? 0, placements: null, hours: sum([row.worked, row.training]) })), protect),
    byMonth: hours.filter((row) => row.grouping === 'month').sort((a, b) => a.month!.localeCompare(b.month!)).map((row) => Object.assign(new IndicatorCell(), {
      category: row.month!, label: row.month!, people: null, placements: null, hours: sum([row.worked, row.training]), suppressed: false,
    })),
    profile: Object.assign(new EntryProfile(), {
      ageBands: cells('age', counted('age'), protect),
      sex: cells('sex', counted('sex'), protect),
      criteriaFamilies: cells('criteria', families, protect),
      qpv: cells('qpv', counted('qpv'), protect),
      qualification: cells('qualification', counted('qualification'), protect),
      rqth: healthReader ? (health?.people ?? 0) : null,
    }),
    contractTypes: cells('contractType', pick(counts, 'contractType').map((row) => ({ ...row, hours: null })), protect),
    contractDurations: cells('duration', pick(counts, 'duration').map((row) => ({ ...row, hours: null })), protect),
    outcomesAtExit: cells('outcome', counted('outcomeAtExit'), protect),
    outcomesAtSixMonths: cells('outcome', counted('outcomeAtSixMonths'), protect),
  });
}
