import { BadUserInputError, cpvProblem, isLocalDate, isUuid, normalizeCpv, requireKnownCommune } from '@maillage/subgraph-kit';
import { PurchaseRecommendation } from './census.enums';
import type { PlannedPurchaseFields } from './census.inputs';
import type { PlannedLot } from './planned-purchase.entity';

/**
 * The census's input rules, in French, each naming its field: the same for the form (GraphQL) and for a
 * spreadsheet line (the import reports them on the line and column).
 */

/** The validated columns of a planned purchase. */
export interface PlannedPurchaseValues {
  object: string;
  cpvCode: string;
  estimatedAmount: string;
  expectedLaunchDate: string;
  worksCommuneCode: string | null;
  lots: PlannedLot[];
  labourShare: string;
  insertionRate: string;
  hourlyCost: string;
  recommendation: PurchaseRecommendation;
  reason: string | null;
}

const bad = (field: string, message: string): never => {
  throw new BadUserInputError(message, field);
};

/** « 1 250 000,50 », « 1250000.5 » → `1250000.50`; null when it is not a number with at most `decimals` decimals. */
export function frenchDecimal(value: string, decimals: number): { negative: boolean; text: string } | null {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const match = /^(-?)(\d{1,14})(?:\.(\d+))?$/.exec(compact);
  if (!match) return null;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) return null;
  return { negative: match[1] === '-' && /[1-9]/.test(match[2]! + fraction), text: `${BigInt(match[2]!)}.${fraction.padEnd(decimals, '0')}` };
}

export function requireEuros(value: string, field: string, label: string): string {
  const parsed = frenchDecimal(value, 2);
  if (!parsed) return bad(field, `${label} : un montant en euros, deux décimales au plus (ex. 1250000 ou 1 250 000,50)`);
  if (parsed.negative) return bad(field, `${label} : le montant ne peut pas être négatif`);
  if (parsed.text.split('.')[0]!.length > 12) return bad(field, `${label} : le montant dépasse 999 999 999 999 €`);
  return parsed.text;
}

function requireShare(value: string, field: string, label: string): string {
  const parsed = frenchDecimal(value, 4);
  if (!parsed || parsed.negative || Number(parsed.text) <= 0 || Number(parsed.text) > 1) {
    return bad(field, `${label} : une part entre 0 et 1, quatre décimales au plus (0,05 = 5 %)`);
  }
  return parsed.text;
}

/** `2026-09-01`, or `01/09/2026` as a French spreadsheet writes it; a day that does not exist is refused. */
export function requireLaunchDate(value: string, field: string): string {
  const text = value.trim();
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = french ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : text;
  if (!isLocalDate(iso)) return bad(field, 'Date de lancement illisible : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA (ex. 2026-09-01)');
  return iso;
}

export function requireCpv(value: string, field: string): string {
  const problem = cpvProblem(value);
  if (problem) return bad(field, `Code CPV invalide : ${problem}`);
  return normalizeCpv(value);
}

function requireText(value: string, field: string, label: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) return bad(field, `${label} est obligatoire`);
  if (text.length > max) return bad(field, `${label} : ${max} caractères au plus`);
  return text;
}

function validateLots(lots: PlannedPurchaseFields['lots'], field: string): PlannedLot[] {
  const seen = new Set<number>();
  return lots.map((lot, index) => {
    const at = `${field}[${index}]`;
    if (!Number.isInteger(lot.number) || lot.number < 1 || lot.number > 9999) bad(`${at}.number`, 'Numéro de lot : un entier de 1 à 9999');
    if (seen.has(lot.number)) bad(`${at}.number`, `Le lot ${lot.number} figure deux fois`);
    seen.add(lot.number);
    return { number: lot.number, title: requireText(lot.title, `${at}.title`, 'L’intitulé du lot', 300), amount: requireEuros(lot.amount, `${at}.amount`, 'Montant du lot') };
  });
}

/** Checks every field of a planned purchase; `field` prefixes the names (`input`). */
export function validatePlannedPurchase(input: PlannedPurchaseFields, field: string): PlannedPurchaseValues {
  const reason = input.reason?.trim() || null;
  if (input.recommendation === PurchaseRecommendation.NONE && !reason) {
    bad(`${field}.reason`, 'Motif obligatoire quand aucun dispositif n’est recommandé (ex. prestation intellectuelle sans main-d’œuvre)');
  }
  if (reason && reason.length > 1000) bad(`${field}.reason`, 'Motif : 1000 caractères au plus');
  let worksCommuneCode: string | null = input.worksCommuneCode?.trim() || null;
  if (worksCommuneCode) worksCommuneCode = requireKnownCommune(worksCommuneCode, `${field}.worksCommuneCode`);
  return {
    object: requireText(input.object, `${field}.object`, 'L’objet de l’achat', 300),
    cpvCode: requireCpv(input.cpvCode, `${field}.cpvCode`),
    estimatedAmount: requireEuros(input.estimatedAmount, `${field}.estimatedAmount`, 'Montant estimé'),
    expectedLaunchDate: requireLaunchDate(input.expectedLaunchDate, `${field}.expectedLaunchDate`),
    worksCommuneCode,
    lots: validateLots(input.lots ?? [], `${field}.lots`),
    labourShare: requireShare(input.labourShare, `${field}.labourShare`, 'Part de main-d’œuvre'),
    insertionRate: requireShare(input.insertionRate, `${field}.insertionRate`, 'Taux d’insertion'),
    hourlyCost: requirePositiveCost(input.hourlyCost, `${field}.hourlyCost`),
    recommendation: input.recommendation,
    reason,
  };
}

function requirePositiveCost(value: string, field: string): string {
  const cost = requireEuros(value, field, 'Coût horaire');
  if (Number(cost) <= 0 || Number(cost) > 999_999) return bad(field, 'Coût horaire : un montant positif en euros (ex. 30)');
  return cost;
}

export function requirePurchaseId(value: string, field: string): string {
  if (!isUuid(value)) return bad(field, 'Identifiant d’achat recensé invalide (UUID attendu)');
  return value.toLowerCase();
}
