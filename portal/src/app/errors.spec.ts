import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { missingParts, problemOf } from './errors';
import { elapsedShare } from './components/Progress';
import { paceGap } from './pages/Dashboard';
import { eligibilityLine } from './pages/Person';
import { fold, formatFte } from './format';

const error = (...codes: { code: string; service?: string; field?: string }[]) =>
  new CombinedError({ graphQLErrors: codes.map((extensions) => new GraphQLError('internal message', { extensions })) });

describe('typed errors become French messages', () => {
  test('SUBGRAPH_UNAVAILABLE names what is missing, never the code', () => {
    expect(missingParts(error({ code: 'SUBGRAPH_UNAVAILABLE', service: 'beneficiaries' }), )).toEqual(['les personnes, les mises en emploi et les heures']);
    expect(problemOf(error({ code: 'SUBGRAPH_UNAVAILABLE', service: 'contracts' }))?.kind).toBe('unavailable');
  });
  test('OVERLOADED (the gateway did not run the request) says to try again, in French', () => {
    expect(problemOf(error({ code: 'OVERLOADED' }))).toEqual({ kind: 'unavailable', message: 'Le service est très sollicité en ce moment. Réessayez dans un instant.' });
  });
  test('FORBIDDEN, NOT_FOUND, UNAUTHENTICATED are pages; BAD_USER_INPUT names its field', () => {
    expect(problemOf(error({ code: 'FORBIDDEN' }))).toMatchObject({ kind: 'forbidden', message: 'Votre compte ne donne pas accès à cette page.' });
    expect(problemOf(error({ code: 'NOT_FOUND' }))?.kind).toBe('not-found');
    expect(problemOf(error({ code: 'UNAUTHENTICATED' }))?.kind).toBe('unauthenticated');
    expect(problemOf(error({ code: 'BAD_USER_INPUT', field: 'department' }))).toMatchObject({ kind: 'bad-input', field: 'department' });
    for (const code of ['INTERNAL_SERVER_ERROR', 'WHATEVER']) {
      const problem = problemOf(error({ code }))!;
      expect(problem.message).not.toMatch(/internal message|[A-Z]{4,}_/);
    }
  });
});

describe('dashboard arithmetic', () => {
  test('elapsed share of the execution period, clamped to 0–1', () => {
    expect(elapsedShare('2026-01-01', '2027-01-01', new Date('2026-07-02T12:00:00Z'))).toBeCloseTo(0.5, 2);
    expect(elapsedShare('2026-01-01', '2027-01-01', new Date('2025-01-01'))).toBe(0);
    expect(elapsedShare('2026-01-01', '2027-01-01', new Date('2030-01-01'))).toBe(1);
    expect(elapsedShare(null, '2027-01-01')).toBeUndefined();
  });
  test('behind pace sorts first; FTE = hours ÷ 1,607', () => {
    const today = new Date('2026-07-02T12:00:00Z');
    const row = (realised: string) => ({ hoursTarget: '1000', executionStart: '2026-01-01', executionEnd: '2027-01-01', insertionProgress: { hoursRealised: realised } });
    expect(paceGap(row('100') as never, today)).toBeLessThan(paceGap(row('600') as never, today));
    expect(formatFte(3214, '1607')).toBe('2,0');
    expect(formatFte(3200, '1600')).toBe('2,0');
    expect(formatFte(3214, null)).toBe('—');
  });
  test('fold ignores accents, case, hyphens and apostrophes', () => {
    expect(fold('Saint-Étienne')).toBe(fold('saint etienne'));
    expect(fold('L’Isle-d’Abeau')).toBe(fold("l isle d'abeau"));
  });
});

describe('the eligibility line of a person’s file', () => {
  const rsa = { label: 'Bénéficiaire du RSA' };
  test('assessed at hiring, it holds « au titre de l’embauche », not up to the proof’s past limit', () => {
    const line = eligibilityLine({ on: '2026-12-02', eligible: true, criterion: rsa, validUntil: '2025-10-21', assessedOn: '2025-09-01' }, '2026-12-02');
    expect(line).toBe('Éligible le 2 décembre 2026 (critère : Bénéficiaire du RSA, au titre de l’embauche du 1 septembre 2025).');
  });
  test('assessed on the date itself, it says up to when the proof covers it, or that nothing limits it', () => {
    expect(eligibilityLine({ on: '2026-12-02', eligible: true, criterion: rsa, validUntil: '2027-01-15', assessedOn: '2026-12-02' }, '2026-12-02')).toBe(
      'Éligible le 2 décembre 2026 (critère : Bénéficiaire du RSA, jusqu’au 15 janvier 2027).',
    );
    expect(eligibilityLine({ on: '2026-12-02', eligible: true, criterion: null, validUntil: null, assessedOn: '2026-12-02' }, '2026-12-02')).toBe(
      'Éligible le 2 décembre 2026 (sans limite de date).',
    );
  });
  test('not eligible: no criterion covers the date', () => {
    expect(eligibilityLine({ on: '2026-12-02', eligible: false, criterion: null, validUntil: null, assessedOn: null }, '2026-12-02')).toBe(
      'Non éligible le 2 décembre 2026 : aucun critère validé ne couvre cette date.',
    );
  });
});
