import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { loggableError } from './errors';

test('a database error is logged without its SQL or parameters', () => {
  const cause = Object.assign(new Error('insert into "beneficiary" ("last_name") values (\'Martin\') - duplicate key'), {
    code: '23505',
    table: 'beneficiary',
    constraint: 'beneficiary_pkey',
  });
  const error = new UniqueConstraintViolationException(cause as never);
  const logged = JSON.stringify(loggableError(error));
  expect(logged).toContain('23505');
  expect(logged).not.toContain('Martin');
  expect(logged).not.toMatch(/insert into/i);
});

test('other errors are logged as they are', () => {
  const error = new Error('boom');
  expect(loggableError(error)).toBe(error);
});
