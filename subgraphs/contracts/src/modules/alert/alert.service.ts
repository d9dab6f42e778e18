import { BadUserInputError, frenchDate, frenchNumber, isEmailAddress, isLocalDate, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Contract } from '../contract/contract.entity';
import { ContractStatus } from '../contract/contract.enums';
import { decodeKey, encodeKey } from '../shared/opaque-key';
import { contractsMissingSocialCondition } from '../threshold/social-obligation.repository';
import { SOCIAL_CONDITION_REQUIRED_FROM } from '../threshold/social-obligation';
import { AlertSetting, DEFAULT_PACE_TOLERANCE } from './alert-setting.entity';
import { watchedContracts } from './alert.repository';
import { AlertBoard, ContractAlert, ContractAlertKind, WatchedContract, type AlertSettingsInput } from './alert.types';

/** What a board is computed from, carried by its key so that `__resolveReference` can rebuild it. */
export interface BoardRequest {
  subject: string;
  territories: string[];
  paceTolerance: string;
  on: string;
}

export function boardKey(request: BoardRequest): string {
  return encodeKey(request);
}

export function parseBoardKey(key: string): BoardRequest {
  return decodeKey<BoardRequest>(key, 'Clé de tableau d’alertes invalide.');
}

/** A tolerance is a number of percentage points from 0 to 50, two decimals at most. */
export function validateTolerance(value: string): string {
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(value.trim()) || Number(value) > 50) {
    throw new BadUserInputError(`paceTolerance : « ${value} » n’est pas une tolérance valable ; indiquez un nombre de points de pourcentage entre 0 et 50 (ex. 10)`, 'paceTolerance');
  }
  return Number(value).toFixed(2);
}

/** The viewer's settings, or the defaults when they have saved none. */
export async function settingsOf(em: EntityManager, subject: string): Promise<AlertSetting> {
  return (await em.findOne(AlertSetting, { subject })) ?? Object.assign(new AlertSetting(), { subject, paceTolerance: DEFAULT_PACE_TOLERANCE, digestEmail: null });
}

/** Saves the viewer's settings (idempotent: the same input twice leaves the same row), with their territories. */
export async function saveSettings(em: EntityManager, viewer: Viewer, input: AlertSettingsInput): Promise<AlertSetting> {
  const paceTolerance = validateTolerance(input.paceTolerance);
  const digestEmail = input.digestEmail?.trim() || null;
  if (digestEmail && !isEmailAddress(digestEmail)) {
    throw new BadUserInputError(`digestEmail : « ${digestEmail} » n’est pas une adresse électronique valable`, 'digestEmail');
  }
  await em.getConnection().execute(
    `INSERT INTO alert_setting (subject, pace_tolerance, digest_email, territories, updated_at) VALUES (?, ?, ?, ?::jsonb, now())
     ON CONFLICT (subject) DO UPDATE SET pace_tolerance = excluded.pace_tolerance, digest_email = excluded.digest_email,
       territories = excluded.territories, updated_at = excluded.updated_at`,
    [viewer.subject!, paceTolerance, digestEmail, JSON.stringify(viewer.territories)],
  );
  return Object.assign(new AlertSetting(), { subject: viewer.subject!, paceTolerance, digestEmail, territories: [...viewer.territories] });
}

/** Today in France (Europe/Paris), as AAAA-MM-JJ. */
export function todayInFrance(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
}

export function validateDate(value: string | null | undefined): string {
  if (value == null) return todayInFrance();
  if (!isLocalDate(value)) throw new BadUserInputError(`on : « ${value} » n’est pas une date AAAA-MM-JJ`, 'on');
  return value;
}

/**
 * The board of a request: the contracts watched, and the alerts of the register — the 2026 obligation
 * missed (loi n° 2021-1104, art. 35; CCP L2112-2-1): two statements.
 */
export async function buildBoard(em: EntityManager, request: BoardRequest): Promise<AlertBoard> {
  const [watched, missed] = await Promise.all([
    watchedContracts(em, request.territories),
    contractsMissingSocialCondition(em, request.territories, null),
  ]);
  const contracts = missed.length === 0 ? [] : await em.find(Contract, { id: { $in: missed.map((row) => row.id) } });
  const byId = new Map(contracts.map((contract) => [contract.id, contract]));
  return Object.assign(new AlertBoard(), {
    key: boardKey(request),
    on: request.on,
    paceTolerance: request.paceTolerance,
    territories: request.territories,
    contracts: watched.map((row) => Object.assign(new WatchedContract(), {
      id: row.id, reference: row.reference, inExecution: row.status === ContractStatus.IN_EXECUTION, closed: row.status === ContractStatus.CLOSED, hoursTarget: row.hours_target, executionStart: row.execution_start, executionEnd: row.execution_end,
    })),
    contractAlerts: missed.filter((row) => byId.has(row.id)).map((row) => Object.assign(new ContractAlert(), {
      kind: ContractAlertKind.SOCIAL_OBLIGATION_MISSED,
      contract: byId.get(row.id)!,
      explanation: `${row.reference} : consultation lancée le ${frenchDate(row.launched_on)}, montant estimé de ${frenchNumber(row.estimated_amount)} € HT, ` +
        `au-dessus du seuil européen en vigueur ce jour-là (${frenchNumber(row.threshold)} € HT), et aucune clause sociale sur ses lots : ` +
        `depuis le ${frenchDate(SOCIAL_CONDITION_REQUIRED_FROM)}, une considération sociale ou d’emploi est obligatoire dans ses conditions d’exécution (loi Climat et résilience, art. 35).`,
    })),
  });
}
