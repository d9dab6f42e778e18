import { frenchDate, frenchNumber } from '@maillage/subgraph-kit';
import { romeLabel } from '@maillage/rome-codes';
import { contractStub } from '../references/contract.reference';
import { addDays, addMonths, daysInMonth, monthOf } from '../shared/month';
import type { WatchedContract } from './alert-board.reference';
import type { ContractFiguresRow, EndingRow } from './insertion-alert.repository';
import { InsertionAlert, InsertionAlertKind } from './insertion-alert.types';

/** A placement « ends soon » when its end falls within this many days of the board's date (included). */
export const ENDING_WITHIN_DAYS = 30;

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const percent = (share: number) => frenchNumber(share * 100, 0);

/** The month before the board's date, and its first and last days. */
export function lastMonthOf(on: string): { month: string; first: string; last: string } {
  const month = addMonths(monthOf(on), -1);
  return { month, first: `${month}-01`, last: `${month}-${String(daysInMonth(month)).padStart(2, '0')}` };
}

/** The window of the « ending soon » alert: from the board's date to 30 days later. */
export function endingWindow(on: string): { from: string; to: string } {
  return { from: on, to: addDays(on, ENDING_WITHIN_DAYS) };
}

function alert(kind: InsertionAlertKind, contract: WatchedContract, explanation: string, placementId: string | null = null): InsertionAlert {
  return Object.assign(new InsertionAlert(), { kind, contract: contractStub(contract.id), contractReference: contract.reference, placementId, explanation });
}

/**
 * Behind pace: in execution, started, with an end date and a target; the share of the execution period
 * elapsed on `on` exceeds the share of the target realised by more than `tolerance` points.
 */
function behindPace(contract: WatchedContract, realised: number, target: number, on: string, tolerance: number): InsertionAlert | null {
  const { executionStart: start, executionEnd: end } = contract;
  if (!contract.inExecution || !start || !end || target <= 0 || start > on || end <= start) return null;
  const elapsed = Math.min(1, days(start, on) / days(start, end));
  const done = realised / target;
  const gap = (elapsed - done) * 100;
  if (gap <= tolerance) return null;
  return alert(InsertionAlertKind.BEHIND_PACE, contract,
    `${contract.reference} : ${frenchNumber(realised)} h réalisées sur ${frenchNumber(target)} h d’objectif (${percent(done)} %), alors que ${percent(elapsed)} % de la période d’exécution ` +
    `(du ${frenchDate(start)} au ${frenchDate(end)}) est écoulée : ${frenchNumber(gap, 0)} points de retard, au-delà de votre tolérance de ${frenchNumber(tolerance)} points.`);
}

/** The alerts of the contracts watched, from their figures and the placements ending soon. */
export function buildInsertionAlerts(input: {
  contracts: WatchedContract[]; figures: ContractFiguresRow[]; ending: EndingRow[]; on: string; tolerance: number;
}): InsertionAlert[] {
  const { contracts, figures, ending, on, tolerance } = input;
  const byId = new Map(figures.map((row) => [row.contract_id, row]));
  const { month, first, last } = lastMonthOf(on);
  const alerts: InsertionAlert[] = [];
  for (const contract of contracts) {
    const row = byId.get(contract.id.toLowerCase());
    const realised = Number(row?.realised ?? 0);
    const target = Number(contract.hoursTarget);
    const pace = behindPace(contract, realised, target, on, tolerance);
    if (pace) alerts.push(pace);
    const { executionStart: start, executionEnd: end } = contract;
    if (contract.inExecution && start && start <= last && (!end || end >= first) && !row?.declared) {
      alerts.push(alert(InsertionAlertKind.NOTHING_DECLARED_LAST_MONTH, contract,
        `${contract.reference} : aucune heure déclarée pour ${monthLabel(month)}, alors que le marché était en exécution ce mois-là` +
        (row && row.active > 0 ? ` avec ${row.active} mise${row.active > 1 ? 's' : ''} en emploi en cours.` : ' (aucune mise en emploi en cours).')));
    }
    const ended = contract.closed || (contract.inExecution && end !== null && end < on);
    if (ended && target > 0 && realised < target) {
      alerts.push(alert(InsertionAlertKind.ENDED_BELOW_TARGET, contract,
        `${contract.reference} : exécution ${contract.closed ? 'close' : 'terminée'}${end ? ` (fin le ${frenchDate(end)})` : ''} avec ${frenchNumber(realised)} h réalisées sur ${frenchNumber(target)} h d’objectif ` +
        `(${percent(realised / target)} %) : ${frenchNumber(target - realised)} h manquantes.`));
    }
  }
  const references = new Map(contracts.map((contract) => [contract.id.toLowerCase(), contract]));
  for (const placement of ending) {
    const contract = references.get(placement.contract_id);
    if (!contract) continue;
    const job = placement.rome_code ? `${romeLabel(placement.rome_code) ?? placement.rome_code} (${placement.rome_code})` : 'métier non codé';
    const remaining = days(on, placement.end_date);
    alerts.push(alert(InsertionAlertKind.PLACEMENT_ENDING_WITHOUT_OUTCOME, contract,
      `${contract.reference} : une mise en emploi (${job}) se termine le ${frenchDate(placement.end_date)} (${remaining === 0 ? 'aujourd’hui' : `dans ${remaining} jour${remaining > 1 ? 's' : ''}`}) ` +
      'et aucune sortie n’est enregistrée pour le parcours de la personne.', placement.id));
  }
  return alerts;
}
