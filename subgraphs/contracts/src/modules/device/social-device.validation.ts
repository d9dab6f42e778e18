import { BadUserInputError } from '@maillage/subgraph-kit';
import { LegalBasis, SubcontractingConversion } from '../clause/clause.enums';
import { InsertionClauseInput } from '../clause/insertion-clause.inputs';
import { validateClause, type ClauseValues } from '../clause/insertion-clause.validation';
import { fromScaled, toScaled } from '../shared/decimal';
import { optionalText } from '../shared/validation';
import { LABEL_OF, SocialDeviceKind, type StoredDeviceKind } from './social-device.enums';
import type { SocialDeviceInput } from './social-device.inputs';

/** A device's validated values: the clause's columns for an execution condition, a row of `social_device` else. */
export type DeviceValues =
  | { kind: SocialDeviceKind.EXECUTION_CONDITION; clause: ClauseValues }
  | { kind: StoredDeviceKind; awardWeight: string | null; awardSubCriteria: string | null };

/** The inputs only an execution condition takes: its hours target and how the hours are delivered. */
const EXECUTION_FIELDS = [
  'formula', 'manualHours', 'manualJustification', 'modalities', 'trainingShareCap', 'subcontractingConversion',
  'subcontractingHourlyRate', 'poolingGroup',
] as const satisfies readonly (keyof SocialDeviceInput)[];
const AWARD_FIELDS = ['weightPercent', 'subCriteria'] as const satisfies readonly (keyof SocialDeviceInput)[];

const given = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/** Why a field does not go with a kind, in French. */
function notForKind(kind: SocialDeviceKind, key: string): string {
  if ((EXECUTION_FIELDS as readonly string[]).includes(key)) {
    if (kind === SocialDeviceKind.AWARD_CRITERION) {
      return `un critère d’attribution (art. L2152-7) ne porte pas d’objectif d’heures : ${key} va avec une condition d’exécution (art. L2112-2)`;
    }
    const lot = kind === SocialDeviceKind.RESERVED_SIAE ? 'un lot réservé aux SIAE et structures équivalentes (art. L2113-13)' : 'un lot réservé aux EA, ESAT et structures équivalentes (art. L2113-12)';
    return `${lot} n’a pas d’objectif d’heures : ce sont les structures qui y répondent qui emploient les personnes visées ; retirez ${key}`;
  }
  return `${key} ne va qu’avec un critère d’attribution (art. L2152-7), pas avec ${LABEL_OF[kind]}`;
}

/**
 * Weight of an award criterion in % of the award: above 0, below 100, two decimals at most. R2152-12: in a
 * formalised procedure criteria are weighted; R2152-7: the award rests on price or cost alone, or on several
 * criteria among which price or cost — so a social criterion never weighs the whole award.
 */
function weightPercent(value: string | null | undefined, field: string): string {
  if (value == null) throw new BadUserInputError(`${field} : la pondération est requise pour un critère d’attribution, en % de la note (art. R2152-12)`, field);
  let scaled: bigint;
  try {
    scaled = toScaled(value, 2, field);
  } catch {
    throw new BadUserInputError(`${field} : la pondération s’écrit comme « 10 » ou « 12.5 » (deux décimales au plus)`, field);
  }
  if (scaled <= 0n || scaled >= 10_000n) {
    throw new BadUserInputError(`${field} : la pondération doit être supérieure à 0 et inférieure à 100 % ; le prix ou le coût reste un critère de l’attribution (art. R2152-7)`, field);
  }
  return fromScaled(scaled, 2);
}

/** Checks a device: its kind's inputs, and none of another kind's. `field` prefixes the fields of errors. */
export function validateDevice(input: SocialDeviceInput, field: string, basis: LegalBasis = LegalBasis.EXECUTION_CONDITION): DeviceValues {
  const foreign = input.kind === SocialDeviceKind.EXECUTION_CONDITION ? AWARD_FIELDS
    : input.kind === SocialDeviceKind.AWARD_CRITERION ? EXECUTION_FIELDS : [...EXECUTION_FIELDS, ...AWARD_FIELDS];
  for (const key of foreign) {
    if (given(input[key])) throw new BadUserInputError(`${field}.${key} : ${notForKind(input.kind, key)}`, `${field}.${key}`);
  }
  if (input.kind === SocialDeviceKind.EXECUTION_CONDITION) {
    const { kind: _kind, weightPercent: _weight, subCriteria: _sub, ...clause } = input;
    const values: InsertionClauseInput = Object.assign(new InsertionClauseInput(), {
      ...clause, legalBasis: basis, modalities: clause.modalities ?? [], subcontractingConversion: clause.subcontractingConversion ?? SubcontractingConversion.ATTESTED_HOURS,
    });
    return { kind: input.kind, clause: validateClause(values, field) };
  }
  if (input.kind === SocialDeviceKind.AWARD_CRITERION) {
    return { kind: input.kind, awardWeight: weightPercent(input.weightPercent, `${field}.weightPercent`), awardSubCriteria: optionalText(input.subCriteria, `${field}.subCriteria`, 2000) };
  }
  return { kind: input.kind, awardWeight: null, awardSubCriteria: null };
}
