import { CheckConstraintViolationException, DriverException } from '@mikro-orm/core';
import { sanitizeDatabaseErrors } from './sanitize-errors';

/** A database error as MikroORM raises it: the failed SQL, parameters written in, in its message. */
function databaseError(): DriverException {
  const error = Object.assign(new Error(`insert into "beneficiary" ("first_name") values ('Zéphyrine') - violates check constraint`), {
    code: '23514', table: 'beneficiary', constraint: 'beneficiary_identity_until_erased',
  });
  return new CheckConstraintViolationException(error);
}

describe('database errors on their way to the logs', () => {
  test('lose the SQL and its parameters, and keep the SQLSTATE, table and constraint', async () => {
    const failing = sanitizeDatabaseErrors({} as never, async () => { throw databaseError(); });
    await expect(failing).rejects.toThrow('database error 23514 on beneficiary (beneficiary_identity_until_erased)');
    await failing.catch((error: Error) => {
      expect(JSON.stringify({ message: error.message, cause: error.cause ?? null, stack: error.stack })).not.toContain('Zéphyrine');
    });
  });

  test('other errors pass through unchanged', async () => {
    const original = new TypeError('not a database error');
    await expect(sanitizeDatabaseErrors({} as never, async () => { throw original; })).rejects.toBe(original);
    expect(databaseError()).toBeInstanceOf(DriverException);
  });
});
