import { BadUserInputError } from '@maillage/subgraph-kit';
import { cellText, simplifyHeader as simplify } from '@maillage/subgraph-kit/imports';

/**
 * The columns of a statements file, as the template writes them (French, what the uploader reads) and as
 * an upload is read back: by header, accents, case and spaces ignored, in any order.
 */
export const COLUMNS = {
  placementId: 'Référence de la mise en emploi',
  initials: 'Initiales',
  job: 'Emploi',
  month: 'Mois',
  hoursWorked: 'Heures travaillées',
  trainingHours: 'Heures de formation',
  remarks: 'Remarques',
  reason: 'Motif de correction',
} as const;

export type ColumnKey = keyof typeof COLUMNS;

/** The columns an upload must have; the others are optional (the template's initials and job are ignored). */
const REQUIRED: ColumnKey[] = ['placementId', 'month', 'hoursWorked'];
const READ: ColumnKey[] = ['placementId', 'month', 'hoursWorked', 'trainingHours', 'remarks', 'reason'];

const ALIASES: Record<string, ColumnKey> = {
  ...Object.fromEntries(READ.map((key) => [simplify(COLUMNS[key]), key])),
  reference: 'placementId',
  misesenemploi: 'placementId',
  heuresformation: 'trainingHours',
  remarque: 'remarks',
  motif: 'reason',
};

/** Position of each column read, from the header row; a missing required column is a BAD_USER_INPUT naming it. */
export function columnsOf(header: string[]): Partial<Record<ColumnKey, number>> {
  const positions: Partial<Record<ColumnKey, number>> = {};
  header.forEach((title, index) => {
    const key = ALIASES[simplify(title)];
    if (key && positions[key] === undefined) positions[key] = index;
  });
  const missing = REQUIRED.filter((key) => positions[key] === undefined);
  if (missing.length > 0) {
    throw new BadUserInputError(
      `La ligne d’en-tête doit contenir les colonnes ${missing.map((key) => `« ${COLUMNS[key]} »`).join(', ')} (téléchargez le modèle)`,
      COLUMNS[missing[0]!],
    );
  }
  return positions;
}

const DECIMAL = /^(\d{1,8})(?:\.(\d{1,2}))?$/;

/**
 * Hours as written in France or elsewhere — « 151,67 », « 151.67 », « 1 234,5 », a number cell — to the
 * `151.67` the statements take; `''` for an empty cell, `null` for anything else (a negative number, three
 * decimals, text).
 */
export function hoursOf(value: unknown): string | null {
  if (typeof value === 'number') {
    const hundredths = Math.round(value * 100);
    if (!Number.isFinite(value) || value < 0 || Math.abs(value * 100 - hundredths) > 1e-6) return null;
    return `${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
  }
  const text = cellText(value).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (text === '') return '';
  const match = DECIMAL.exec(text);
  return match ? `${Number(match[1])}.${(match[2] ?? '').padEnd(2, '0')}` : null;
}

/** « 151.67 » → « 151,67 », as a French reader writes it. */
export function frenchHours(hours: string): string {
  return hours.replace('.', ',');
}

/** A month cell: `2026-10`, `10/2026`, or a date cell (its month); anything else is returned as written. */
export function monthOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 7);
  const text = cellText(value);
  const slash = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (slash) return `${slash[2]}-${slash[1]!.padStart(2, '0')}`;
  const day = /^(\d{4}-\d{2})-\d{2}$/.exec(text);
  return day ? day[1]! : text;
}
