import { romeFamilyLabel } from '@maillage/rome-codes';
import { ratioOf } from '../aggregates/aggregates.build';
import { suppressCells, tooFew } from '../aggregates/suppression';
import { IndicatorCell } from '../reports/indicators.types';
import type { JobRow } from './job.repository';
import { JobDiversity } from './job.types';

export interface JobFigures {
  /** The totals (a contract's row, or the report's). */
  total: JobRow | undefined;
  /** One row per family over the scope. */
  families: JobRow[];
  /** One row per (contract, family), to compare each job with its own contract's main trade. */
  cells: JobRow[];
  /** The main trade (ROME family) of a contract, or null. */
  mainTradeOf: (contractId: string) => string | null;
  /** The main trade shown: the contract's own, null for a report of several contracts. */
  mainTrade: string | null;
}

const share = (part: number, whole: number) => (whole > 0 ? ratioOf(`${part}`, `${whole}`) : null);
/** A share is hidden from roles without access to individuals when either side covers 1 to 4 people. */
const hidden = (protect: boolean, peopleIn: number, peopleOut: number) => protect && (tooFew(peopleIn) || tooFew(peopleOut));

/**
 * The diversity of the jobs of a scope, suppressed as every aggregate of the access table is for the roles
 * that may not see individuals: nothing under 5 people, family cells and shares below it hidden.
 */
export function buildJobDiversity(figures: JobFigures, protect: boolean): JobDiversity {
  const { total, families, cells, mainTradeOf, mainTrade } = figures;
  const result = new JobDiversity();
  if (!total || (protect && tooFew(total.people))) {
    return Object.assign(result, {
      suppressed: Boolean(total), placements: total ? null : 0, placementsCoded: total ? null : 0, families: [], familyCount: total ? null : 0,
      mainTrade, outsideMainTrade: total ? null : 0, outsideMainTradeShare: null, womenShare: null,
    });
  }
  const coded = families.filter((row) => row.family !== 'NONE');
  let withMain = 0, withMainPeople = 0, outside = 0, outsidePeople = 0;
  for (const cell of cells) {
    const main = cell.contract_id ? mainTradeOf(cell.contract_id) : null;
    if (!main || cell.family === 'NONE') continue;
    withMain += cell.placements;
    withMainPeople += cell.people;
    if (cell.family !== main) {
      outside += cell.placements;
      outsidePeople += cell.people;
    }
  }
  const sorted = [...families].sort((a, b) => b.placements - a.placements || a.family!.localeCompare(b.family!));
  const marked = protect ? suppressCells(sorted) : sorted.map((row) => ({ ...row, suppressed: false }));
  return Object.assign(result, {
    suppressed: false,
    placements: total.placements,
    placementsCoded: coded.reduce((sum, row) => sum + row.placements, 0),
    families: marked.map((row) => Object.assign(new IndicatorCell(), {
      category: row.family!, label: row.family === 'NONE' ? 'Métier non codé' : romeFamilyLabel(row.family!), hours: null, suppressed: row.suppressed,
      people: row.suppressed ? null : row.people, placements: row.suppressed ? null : row.placements,
    })),
    familyCount: coded.length,
    mainTrade,
    outsideMainTrade: hidden(protect, outsidePeople, withMainPeople - outsidePeople) ? null : outside,
    outsideMainTradeShare: hidden(protect, outsidePeople, withMainPeople - outsidePeople) ? null : share(outside, withMain),
    womenShare: hidden(protect, total.women, total.others) ? null : share(total.women_placements, total.placements),
  });
}
