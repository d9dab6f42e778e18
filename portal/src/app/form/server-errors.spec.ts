import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { fieldError, fieldErrorsOf, isRetryable, splitField } from './server-errors';

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
    expect(fieldErrorsOf(network)).toBeUndefined();
    const refused = new CombinedError({ graphQLErrors: [new GraphQLError('reason must have 3 to 500 characters', { extensions: { code: 'BAD_USER_INPUT', field: 'reason' } })] });
    expect(isRetryable(refused)).toBe(false);
    expect(fieldErrorsOf(refused)).toEqual([{ code: 'BAD_USER_INPUT', line: undefined, field: 'reason', message: 'Le motif compte de 3 à 500 caractères.' }]);
  });
});
