import { DeadlockException, type TransactionOptions } from '@mikro-orm/core';
import { EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ConflictError } from '@maillage/service-runtime';

/** How many times a transaction is run in all when PostgreSQL aborts it as a deadlock or a serialization failure. */
export const TRANSACTION_ATTEMPTS = 4;

/** The message of the CONFLICT a client gets when every attempt was aborted: nothing was written. */
export const TRANSACTION_CONFLICT_MESSAGE =
  'other writes on the same records kept crossing this one; nothing was written: send it again';

/** A pause before the next attempt, random so that the transactions that crossed do not cross again in step. */
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));

/**
 * The entity manager of every subgraph (`ormOptions`): `transactional()` runs its callback again, in a new
 * transaction, when PostgreSQL aborted it as a deadlock (`40P01`) or a serialization failure (`40001`), up to
 * {@link TRANSACTION_ATTEMPTS} times in all. PostgreSQL rolled the aborted attempt back whole, and what the
 * callback does is database work only (its writes, their audit rows, an idempotency key it claims), so
 * running it again is the same as a client sending the request again — without the client seeing a 500.
 * Two declarations for different people on the same contract can cross that way (each adds to the same
 * roll-up rows); PostgreSQL documents such aborts as the application's to retry (« Serialization Failure
 * Handling », chapter 13.4 of its manual). When every attempt is aborted the caller gets a CONFLICT (nothing was
 * written), not an internal error.
 *
 * Only the outermost transaction retries: a nested `transactional()` is a savepoint of its parent, whose
 * abort aborts the parent too, and the parent retries.
 */
export class RetryingEntityManager extends EntityManager<PostgreSqlDriver> {
  override async transactional<T>(cb: (em: this) => T | Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (this.isInTransaction() || options.ctx) return super.transactional(cb, options);
    for (let attempt = 1; ; attempt++) {
      try {
        return await super.transactional(cb, options);
      } catch (error) {
        if (!(error instanceof DeadlockException)) throw error;
        if (attempt >= TRANSACTION_ATTEMPTS) throw new ConflictError(TRANSACTION_CONFLICT_MESSAGE);
        await pause(attempt);
      }
    }
  }
}
