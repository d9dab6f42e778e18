import { BadUserInputError, expandModalities } from '@maillage/subgraph-kit';
import { fromScaled, toScaled } from '../shared/decimal';
import { optionalText } from '../shared/validation';
import { SubcontractingConversion, type InsertionModality, type LegalBasis } from './clause.enums';
import { calculateInsertionHours, type HoursCalculation } from './hours-formula';
import { DEFAULT_TRAINING_SHARE_CAP } from './insertion-clause.entity';
import type { InsertionClauseInput } from './insertion-clause.inputs';

/** The columns of a clause, validated. */
export interface ClauseValues {
  legalBasis: LegalBasis;
  hoursTarget: string;
  formulaAmount: string | null;
  labourShare: string | null;
  insertionRate: string | null;
  hourlyCost: string | null;
  formulaHours: string | null;
  manualHours: string | null;
  manualJustification: string | null;
  modalities: InsertionModality[];
  trainingShareCap: string;
  subcontractingConversion: SubcontractingConversion;
  subcontractingHourlyRate: string | null;
  poolingGroup: string | null;
}

const MAX_HOURS_HUNDREDTHS = 9_999_999_999n;

function nonNegativeHours(value: string, field: string): string {
  const hundredths = toScaled(value, 2, field);
  if (hundredths < 0n) throw new BadUserInputError(`${field} must be at least 0`, field);
  if (hundredths > MAX_HOURS_HUNDREDTHS) throw new BadUserInputError(`${field} must be below 100,000,000 hours`, field);
  return fromScaled(hundredths, 2);
}

/** A share in [0, 1] with at most 4 decimals. */
function shareOfOne(value: string, field: string): string {
  const scaled = toScaled(value, 4, field);
  if (scaled < 0n || scaled > 10_000n) throw new BadUserInputError(`${field} doit être une part comprise entre 0 et 1 (0.3 = 30 %)`, field);
  return fromScaled(scaled, 4);
}

function hourlyRate(value: string, field: string): string {
  const cents = toScaled(value, 2, field);
  if (cents <= 0n) throw new BadUserInputError(`${field} must be greater than 0`, field);
  if (cents > 99_999_999n) throw new BadUserInputError(`${field} is too large`, field);
  return fromScaled(cents, 2);
}

/**
 * Checks a clause: the formula's inputs, or a manual target with its justification (or both: the manual
 * target wins and the calculation stays on record); the subcontracting rate goes with its conversion.
 */
export function validateClause(input: InsertionClauseInput, field: string): ClauseValues {
  const formula: HoursCalculation | null = input.formula ? calculateInsertionHours(input.formula, `${field}.formula`) : null;
  const manualHours = input.manualHours != null ? nonNegativeHours(input.manualHours, `${field}.manualHours`) : null;
  const manualJustification = optionalText(input.manualJustification, `${field}.manualJustification`);
  if (manualHours !== null && manualJustification === null) {
    throw new BadUserInputError(`${field}.manualJustification is required with manualHours: say why the calculation is overridden`, `${field}.manualJustification`);
  }
  if (manualHours === null && manualJustification !== null) {
    throw new BadUserInputError(`${field}.manualHours is missing: a justification goes with a manual hours target`, `${field}.manualHours`);
  }
  if (!formula && manualHours === null) {
    throw new BadUserInputError(`${field}.formula is required unless manualHours is given with its justification`, `${field}.formula`);
  }
  const byRate = input.subcontractingConversion === SubcontractingConversion.AMOUNT_DIVIDED_BY_RATE;
  if (byRate && input.subcontractingHourlyRate == null) {
    throw new BadUserInputError(`${field}.subcontractingHourlyRate is required with AMOUNT_DIVIDED_BY_RATE`, `${field}.subcontractingHourlyRate`);
  }
  if (!byRate && input.subcontractingHourlyRate != null) {
    throw new BadUserInputError(`${field}.subcontractingHourlyRate only goes with AMOUNT_DIVIDED_BY_RATE`, `${field}.subcontractingHourlyRate`);
  }
  return {
    legalBasis: input.legalBasis,
    hoursTarget: manualHours ?? formula!.hours,
    formulaAmount: formula?.amount ?? null,
    labourShare: formula?.labourShare ?? null,
    insertionRate: formula?.insertionRate ?? null,
    hourlyCost: formula?.hourlyCost ?? null,
    formulaHours: formula?.hours ?? null,
    manualHours,
    manualJustification,
    // Deprecated values of the former clause vocabulary are replaced by the values they stand for.
    modalities: expandModalities(input.modalities ?? []),
    trainingShareCap: input.trainingShareCap != null ? shareOfOne(input.trainingShareCap, `${field}.trainingShareCap`) : DEFAULT_TRAINING_SHARE_CAP,
    subcontractingConversion: input.subcontractingConversion ?? SubcontractingConversion.ATTESTED_HOURS,
    subcontractingHourlyRate: byRate ? hourlyRate(input.subcontractingHourlyRate!, `${field}.subcontractingHourlyRate`) : null,
    poolingGroup: optionalText(input.poolingGroup, `${field}.poolingGroup`, 100),
  };
}
