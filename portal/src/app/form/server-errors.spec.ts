import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { fieldError, fieldErrorsOf, isRetryable, refusalOf, splitField } from './server-errors';

describe('the server’s refusals land on the right field, in French', () => {
  test('a batch line, an input field and a lot of a contract are told apart', () => {
    expect(splitField('lines.3.hoursWorked')).toEqual({ line: 3, field: 'hoursWorked' });
    expect(splitField('input.reason')).toEqual({ line: undefined, field: 'reason' });
    expect(splitField('input.lots[1].clause.manualJustification')).toEqual({ line: 1, field: 'clause.manualJustification' });
    expect(splitField(undefined)).toEqual({ line: undefined, field: undefined });
  });

  test('English rules are worded in French with what they carry; French ones lose their field prefix', () => {
    const cap = fieldError('BAD_USER_INPUT', 'lines.0.hoursWorked + trainingHours exceed the legal maximum of 222.86 h in 2026-11: 48 h …', 'lines.0.hoursWorked');
    expect(cap).toEqual({ code: 'BAD_USER_INPUT', line: 0, field: 'hoursWorked', message: expect.stringMatching(/^Dépasse le maximum légal de 222,86 h pour 2026-11/) });
    expect(fieldError('BAD_USER_INPUT', 'siret: this SIRET fails its check digit (Luhn key)', 'siret').message).toMatch(/clé de contrôle/);
    const french = fieldError('BAD_USER_INPUT', 'hoursWorked : avec toutes les mises en emploi de la personne, 300 h dépassent le maximum', 'hoursWorked');
    expect(french.message).toBe('Avec toutes les mises en emploi de la personne, 300 h dépassent le maximum.');
    expect(fieldError('CONFLICT', 'something new happened', undefined).message).toBe('Cette modification entre en conflit avec une autre, faite entre-temps.');
  });

  test('a network failure is retried, a refusal is shown', () => {
    const network = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(isRetryable(network)).toBe(true);
    const gatewayDown = new CombinedError({ graphQLErrors: [new GraphQLError('the gateway is unreachable', { extensions: { code: 'GATEWAY_UNAVAILABLE' } })] });
    expect(isRetryable(gatewayDown)).toBe(true);
    const overloaded = new CombinedError({ graphQLErrors: [new GraphQLError('trop de demandes', { extensions: { code: 'OVERLOADED' } })] });
    expect(isRetryable(overloaded)).toBe(true);
    expect(fieldErrorsOf(network)).toBeUndefined();
    const refused = new CombinedError({ graphQLErrors: [new GraphQLError('reason must have 3 to 500 characters', { extensions: { code: 'BAD_USER_INPUT', field: 'reason' } })] });
    expect(isRetryable(refused)).toBe(false);
    expect(fieldErrorsOf(refused)).toEqual([{ code: 'BAD_USER_INPUT', line: undefined, field: 'reason', message: 'Le motif compte de 3 à 500 caractères.' }]);
  });
});

describe('a refused path or outcome form', () => {
  test('the server’s rule lands on its field in French; what names no field of the form is said under it', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('a SIX_MONTHS outcome is observed six months or more after the end of the path', { extensions: { code: 'BAD_USER_INPUT', field: 'observedOn' } }),
        new GraphQLError('this path already has a AT_EXIT outcome', { extensions: { code: 'CONFLICT', field: 'kind' } }),
      ],
    });
    expect(refusalOf(error, ['category', 'detail', 'observedOn'])).toEqual({
      retry: false,
      fields: { observedOn: 'La sortie à six mois s’observe six mois au moins après la fin du parcours.' },
      loose: ['Cette sortie est déjà enregistrée pour ce parcours.'],
    });
  });
  test('a network failure asks to send again', () => {
    expect(refusalOf(new CombinedError({ networkError: new Error('down') }), ['endedOn'])).toEqual({ retry: true, fields: {}, loose: [] });
  });
});
