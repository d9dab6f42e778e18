import type { WatchedContract } from './alert-board.reference';
import { buildInsertionAlerts, endingWindow, lastMonthOf } from './insertion-alert.build';

const contract = (over: Partial<WatchedContract>): WatchedContract => ({
  id: '5c0e1d2a-0000-4000-8000-000000000009', reference: 'M-1', inExecution: true, closed: false, hoursTarget: '1000.00',
  executionStart: '2026-01-01', executionEnd: '2026-12-31', ...over,
});
const figures = (realised: string, declared = true, active = 2) => [{ contract_id: '5c0e1d2a-0000-4000-8000-000000000009', realised, declared, active }];
const kinds = (alerts: { kind: string }[]) => alerts.map((alert) => alert.kind);

describe('the alerts of the hours and the paths', () => {
  test('a contract is behind pace only beyond the tolerance, and the explanation gives the figures', () => {
    // 1 July: 181 of 364 days elapsed (about 50 %).
    const late = buildInsertionAlerts({ contracts: [contract({})], figures: figures('300.00'), ending: [], on: '2026-07-01', tolerance: 10 });
    expect(kinds(late)).toEqual(['BEHIND_PACE']);
    expect(late[0]!.explanation).toBe('M-1 : 300 h réalisées sur 1\u00a0000 h d’objectif (30 %), alors que 50 % de la période d’exécution (du 01/01/2026 au 31/12/2026) est écoulée : 20 points de retard, au-delà de votre tolérance de 10 points.');
    expect(buildInsertionAlerts({ contracts: [contract({})], figures: figures('300.00'), ending: [], on: '2026-07-01', tolerance: 25 })).toEqual([]);
    expect(buildInsertionAlerts({ contracts: [contract({})], figures: figures('450.00'), ending: [], on: '2026-07-01', tolerance: 10 })).toEqual([]);
  });

  test('nothing declared for last month, for a contract in execution during that month', () => {
    expect(lastMonthOf('2026-12-02')).toEqual({ month: '2026-11', first: '2026-11-01', last: '2026-11-30' });
    const alerts = buildInsertionAlerts({ contracts: [contract({})], figures: figures('1000.00', false, 3), ending: [], on: '2026-12-02', tolerance: 10 });
    expect(kinds(alerts)).toEqual(['NOTHING_DECLARED_LAST_MONTH']);
    expect(alerts[0]!.explanation).toBe('M-1 : aucune heure déclarée pour novembre 2026, alors que le marché était en exécution ce mois-là avec 3 mises en emploi en cours.');
    expect(buildInsertionAlerts({ contracts: [contract({ executionStart: '2026-12-01' })], figures: figures('0.00', false, 0), ending: [], on: '2026-12-02', tolerance: 10 })).toEqual([]);
  });

  test('a contract ended below its target, closed or past its end', () => {
    const closed = buildInsertionAlerts({ contracts: [contract({ inExecution: false, closed: true })], figures: figures('800.00'), ending: [], on: '2027-02-01', tolerance: 10 });
    expect(kinds(closed)).toEqual(['ENDED_BELOW_TARGET']);
    expect(closed[0]!.explanation).toBe('M-1 : exécution close (fin le 31/12/2026) avec 800 h réalisées sur 1\u00a0000 h d’objectif (80 %) : 200 h manquantes.');
    expect(kinds(buildInsertionAlerts({ contracts: [contract({})], figures: figures('800.00', false), ending: [], on: '2027-02-01', tolerance: 30 }))).toEqual(['ENDED_BELOW_TARGET']);
    expect(buildInsertionAlerts({ contracts: [contract({ inExecution: false, closed: true })], figures: figures('1000.00'), ending: [], on: '2027-02-01', tolerance: 10 })).toEqual([]);
  });

  test('a placement ending within 30 days without outcome names its job, never the person', () => {
    expect(endingWindow('2026-12-02')).toEqual({ from: '2026-12-02', to: '2027-01-01' });
    const alerts = buildInsertionAlerts({
      contracts: [contract({ hoursTarget: '0.00' })], figures: figures('0.00'), on: '2026-12-02', tolerance: 10,
      ending: [{ id: 'p-1', contract_id: '5c0e1d2a-0000-4000-8000-000000000009', end_date: '2026-12-22', rome_code: 'F1703' }],
    });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'PLACEMENT_ENDING_WITHOUT_OUTCOME', placementId: 'p-1', contractReference: 'M-1' });
    expect(alerts[0]!.explanation).toBe('M-1 : une mise en emploi (Maçonnerie (F1703)) se termine le 22/12/2026 (dans 20 jours) et aucune sortie n’est enregistrée pour le parcours de la personne.');
  });
});
