import { createHash } from 'node:crypto';
import { BadUserInputError } from '@maillage/subgraph-kit';
import { cellText, FileTooLargeError, simplifyHeader, type FileRow } from '@maillage/subgraph-kit/imports';
import type { GraphQLError } from 'graphql';
import { PurchaseRecommendation } from './census.enums';
import { validatePlannedPurchase, type PlannedPurchaseValues } from './census.validation';

/** The limits of one census file: a buyer's purchases for a few years, with room. */
export const CENSUS_MAX_BYTES = 5 * 1024 * 1024;
export const CENSUS_MAX_LINES = 2_000;

/** The columns of a census file as the template writes them; read back by header (accents, case, spaces ignored). */
export const CENSUS_COLUMNS = {
  object: 'Objet',
  cpvCode: 'Code CPV',
  estimatedAmount: 'Montant estimé HT',
  expectedLaunchDate: 'Date de lancement prévue',
  worksCommuneCode: 'Commune des travaux',
  labourShare: 'Part de main-d’œuvre',
  insertionRate: 'Taux d’insertion',
  hourlyCost: 'Coût horaire',
  recommendation: 'Recommandation',
  reason: 'Motif',
} as const;

type Column = keyof typeof CENSUS_COLUMNS;
const REQUIRED: Column[] = ['object', 'cpvCode', 'estimatedAmount', 'expectedLaunchDate', 'recommendation'];
const HEADERS = new Map(Object.entries(CENSUS_COLUMNS).map(([key, title]) => [simplifyHeader(title), key as Column]));
/** The defaults of the estimate's inputs when a file leaves them out (the form's defaults, DOMAIN.md §3.1 example). */
const DEFAULTS = { labourShare: '0.5', insertionRate: '0.05', hourlyCost: '30' };

/** A recommendation as a facilitator writes it in a cell. */
const RECOMMENDATIONS: Record<string, PurchaseRecommendation> = {
  clause: PurchaseRecommendation.EXECUTION_CLAUSE, clausedinsertion: PurchaseRecommendation.EXECUTION_CLAUSE, conditiondexecution: PurchaseRecommendation.EXECUTION_CLAUSE,
  reservesiae: PurchaseRecommendation.RESERVED_SIAE, siae: PurchaseRecommendation.RESERVED_SIAE,
  reserveeaesat: PurchaseRecommendation.RESERVED_EA_ESAT, eaesat: PurchaseRecommendation.RESERVED_EA_ESAT, reserveesatea: PurchaseRecommendation.RESERVED_EA_ESAT,
  critere: PurchaseRecommendation.AWARD_CRITERION, criteredattribution: PurchaseRecommendation.AWARD_CRITERION,
  aucun: PurchaseRecommendation.NONE, aucundispositif: PurchaseRecommendation.NONE,
  ...Object.fromEntries(Object.values(PurchaseRecommendation).map((value) => [simplifyHeader(value), value])),
};

export interface CensusLine {
  line: number;
  values: PlannedPurchaseValues;
}

export interface CensusRefusal {
  line: number;
  column: string;
  message: string;
}

/** Position of each column, from the header row; a missing required column is a BAD_USER_INPUT naming it. */
function columnsOf(header: string[]): Partial<Record<Column, number>> {
  const positions: Partial<Record<Column, number>> = {};
  header.forEach((title, index) => {
    const key = HEADERS.get(simplifyHeader(title));
    if (key && positions[key] === undefined) positions[key] = index;
  });
  const missing = REQUIRED.filter((key) => positions[key] === undefined);
  if (missing.length > 0) {
    throw new BadUserInputError(
      `La ligne d’en-tête doit contenir les colonnes ${missing.map((key) => `« ${CENSUS_COLUMNS[key]} »`).join(', ')} (téléchargez le modèle)`,
      CENSUS_COLUMNS[missing[0]!],
    );
  }
  return positions;
}

/** The column a validation error is about, from its field (`line.cpvCode` → « Code CPV »). */
function columnOf(error: GraphQLError): string {
  const key = String(error.extensions.field ?? '').split('.')[1] as Column | undefined;
  return key && key in CENSUS_COLUMNS ? CENSUS_COLUMNS[key] : CENSUS_COLUMNS.object;
}

/**
 * The file's lines, each checked by the form's own rules: the first non-empty row is the header, then one
 * purchase per row. More than {@link CENSUS_MAX_LINES} lines is a 413.
 */
export async function censusLinesOf(rows: AsyncIterable<FileRow>): Promise<{ accepted: CensusLine[]; refused: CensusRefusal[] }> {
  let columns: Partial<Record<Column, number>> | undefined;
  const accepted: CensusLine[] = [];
  const refused: CensusRefusal[] = [];
  for await (const { line, cells } of rows) {
    if (cells.every((cell) => cellText(cell) === '')) continue;
    if (!columns) {
      columns = columnsOf(cells.map(cellText));
      continue;
    }
    if (accepted.length + refused.length >= CENSUS_MAX_LINES) throw new FileTooLargeError(`Le fichier dépasse ${CENSUS_MAX_LINES} achats : découpez-le (par exemple par année)`);
    const at = (key: Column) => (columns![key] === undefined ? '' : cellText(cells[columns![key]!]));
    const recommendation = RECOMMENDATIONS[simplifyHeader(at('recommendation'))];
    if (!recommendation) {
      refused.push({ line, column: CENSUS_COLUMNS.recommendation, message: 'Recommandation inconnue : clause, réservé SIAE, réservé EA/ESAT, critère ou aucun' });
      continue;
    }
    try {
      const values = validatePlannedPurchase({
        object: at('object'), cpvCode: at('cpvCode'), estimatedAmount: at('estimatedAmount'), expectedLaunchDate: at('expectedLaunchDate'),
        worksCommuneCode: at('worksCommuneCode') || null, lots: [], recommendation, reason: at('reason') || null,
        labourShare: at('labourShare') || DEFAULTS.labourShare, insertionRate: at('insertionRate') || DEFAULTS.insertionRate, hourlyCost: at('hourlyCost') || DEFAULTS.hourlyCost,
      }, 'line');
      accepted.push({ line, values });
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      refused.push({ line, column: columnOf(error), message: error.message });
    }
  }
  if (!columns) throw new BadUserInputError('Le fichier ne contient aucune ligne : envoyez le modèle rempli', CENSUS_COLUMNS.object);
  return { accepted, refused };
}

/**
 * The id a line of a file gets for a buyer: a UUID drawn from the buyer, the line's number and its values,
 * so that the same file confirmed twice records each purchase once.
 */
export function lineId(buyerId: string, line: CensusLine): string {
  const hex = createHash('sha256').update(JSON.stringify([buyerId, line.line, line.values])).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
