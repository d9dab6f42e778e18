import type { Viewer } from '@maillage/subgraph-kit';
import { MIN_PEOPLE_IN_AGGREGATE, SUPPRESSED_ROLES } from '../../access/access-table';
import type { Modality } from '../placement/placement.enums';
import type { AggregateRow } from './aggregates.repository';
import type { HoursAggregate } from './aggregates.types';
import { suppressCells, tooFew } from './suppression';

export type AggregateFigures = HoursAggregate & { placements: number | null; activePlacements: number | null };

const REASON = `fewer than ${MIN_PEOPLE_IN_AGGREGATE} people: not shown to roles that may not see individuals`;

/** The empty aggregate of a key no placement refers to. */
const EMPTY: AggregateRow = {
  key: '', modality: null, month: null, grouping: 'total', hours: '0.00', training: '0.00',
  people: 0, placed_people: 0, placements: 0, active_placements: 0, last_month: null,
};

/**
 * Turns the grouped rows of one key into the figures the viewer may see: everything for facilitators and
 * admins; for the other roles, nothing when the total covers 1 to 4 people (placed or with hours), and
 * breakdown cells suppressed the same way.
 */
export function buildAggregate(rows: AggregateRow[], viewer: Viewer): AggregateFigures {
  const total = rows.find((row) => row.grouping === 'total') ?? EMPTY;
  const protect = SUPPRESSED_ROLES.includes(viewer.role);
  if (protect && (tooFew(total.people) || tooFew(total.placed_people))) {
    return {
      suppressed: true, suppressionReason: REASON, hoursRealised: null, trainingHours: null, people: null,
      lastMonthDeclared: null, byModality: [], byMonth: [], placements: null, activePlacements: null,
    };
  }
  const cells = <T extends AggregateRow>(list: T[]) => (protect ? suppressCells(list) : list.map((cell) => ({ ...cell, suppressed: false })));
  // In one order whatever the statement's plan (a read with or without months groups differently).
  const modalities = cells(rows.filter((row) => row.grouping === 'modality' && row.modality !== null).sort((a, b) => a.modality!.localeCompare(b.modality!)));
  const months = cells(rows.filter((row) => row.grouping === 'month' && row.month !== null).sort((a, b) => a.month!.localeCompare(b.month!)));
  return {
    suppressed: false,
    suppressionReason: null,
    hoursRealised: total.hours,
    trainingHours: total.training,
    people: total.people,
    lastMonthDeclared: total.last_month,
    placements: total.placements,
    activePlacements: total.active_placements,
    byModality: modalities.map((cell) => ({
      modality: cell.modality as Modality, suppressed: cell.suppressed,
      hours: cell.suppressed ? null : cell.hours, people: cell.suppressed ? null : cell.people,
    })),
    byMonth: months.map((cell) => ({
      month: cell.month!, suppressed: cell.suppressed, hours: cell.suppressed ? null : cell.hours, people: cell.suppressed ? null : cell.people,
    })),
  };
}

/** realised ÷ target with 4 decimals, rounded half up, in exact integer arithmetic; null without a target. */
export function ratioOf(realised: string | null, target: string | null | undefined): string | null {
  if (realised === null || !target || !/^\d+(\.\d+)?$/.test(target)) return null;
  const denominator = hundredthsOf(target);
  if (denominator === 0n) return null;
  const scaled = (2n * hundredthsOf(realised) * 10000n + denominator) / (2n * denominator);
  return `${scaled / 10000n}.${String(scaled % 10000n).padStart(4, '0')}`;
}

const PLAIN_HOURS = /^\d+(?:\.\d*)?$/;

/**
 * `"1234.5"` → 123450n hundredths (aggregated hours: any number of digits, two decimals at most). A plain figure
 * (digits, a dot, digits: every figure PostgreSQL sends) is read as one integer, its dot removed — a dozen of
 * these per contract on a dashboard's page, and three to four times cheaper than two BigInts multiplied and
 * added; any other text keeps the general reading.
 */
function hundredthsOf(value: string): bigint {
  if (PLAIN_HOURS.test(value)) {
    const dot = value.indexOf('.');
    if (dot === -1) return BigInt(value) * 100n;
    const fraction = value.slice(dot + 1, dot + 3);
    return BigInt(value.slice(0, dot) + fraction.padEnd(2, '0'));
  }
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * 100n + BigInt((fraction + '00').slice(0, 2));
}

function hoursOf(hundredths: bigint): string {
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

/** The sum of two hour figures, exactly. */
export function addHours(a: string, b: string): string {
  return hoursOf(hundredthsOf(a) + hundredthsOf(b));
}

/** The part of a contract's progress that depends on what its clauses allow. */
export interface ClauseSplit {
  hoursCounted: string | null;
  trainingHoursCounted: string | null;
  trainingHoursOverCap: string | null;
  hoursNotAllowed: string | null;
  modalitiesNotAllowed: Modality[];
}

/**
 * Only what the clause allows counts (CCAG 2021, clause d'insertion: the contract documents set the
 * modalities of delivery): the hours of a modality outside `allowed` (from contracts, `@requires`) are
 * reported apart and left out of the counted hours; so are training hours beyond the clauses' cap (issue 14,
 * item 4; the cap is a per-clause share of the target, a facilitators' choice by default). `allowed` missing means no restriction. When a suppressed
 * cell (fewer than 5 people) is among the modalities set apart, both figures are withheld: they would reveal it.
 */
export function splitByAllowedModalities(rows: AggregateRow[], figures: AggregateFigures, allowed: readonly string[] | null | undefined, trainingCap?: string | null): ClauseSplit {
  const withheld = { hoursCounted: null, trainingHoursCounted: null, trainingHoursOverCap: null, hoursNotAllowed: null };
  if (figures.suppressed || figures.hoursRealised === null) return { ...withheld, modalitiesNotAllowed: [] };
  const apart = rows.filter((row) => row.grouping === 'modality' && row.modality !== null && allowed != null && !allowed.includes(row.modality) && hundredthsOf(row.hours) > 0n);
  const modalitiesNotAllowed = apart.map((row) => row.modality as Modality);
  if (figures.byModality.some((cell) => cell.suppressed && modalitiesNotAllowed.includes(cell.modality))) {
    return { ...withheld, modalitiesNotAllowed };
  }
  const notAllowed = apart.reduce((sum, row) => sum + hundredthsOf(row.hours), 0n);
  // Training, among the allowed modalities: the training hours of every statement, plus the hours worked of
  // TRAINING placements. It counts up to the clauses' cap (Σ target × training share cap); the rest is apart.
  const kept = rows.filter((row) => row.grouping === 'modality' && row.modality !== null && !apart.includes(row));
  const training = kept.reduce((sum, row) => sum + (row.modality === 'TRAINING' ? hundredthsOf(row.hours) : hundredthsOf(row.training)), 0n);
  const cap = trainingCap == null ? training : hundredthsOf(trainingCap);
  const overCap = training > cap ? training - cap : 0n;
  return {
    hoursCounted: hoursOf(hundredthsOf(figures.hoursRealised) - notAllowed - overCap),
    trainingHoursCounted: hoursOf(training - overCap),
    trainingHoursOverCap: hoursOf(overCap),
    hoursNotAllowed: hoursOf(notAllowed),
    modalitiesNotAllowed,
  };
}
