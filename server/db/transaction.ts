// Every write runs in one managed transaction: commit when the callback resolves, roll back when it throws.
// A deadlock chosen by the database (two steps taking the same rows in another order, e.g. two
// letters issued at once taking journal numbers) rolls the whole transaction back, so running it
// again is safe: it is retried twice before the error reaches the caller.
import type { Transaction } from 'sequelize';
import { sequelize } from './sequelize.js';

const ATTEMPTS = 3;

function isDeadlock(error: unknown): boolean {
  const { parent, original } = (error ?? {}) as { parent?: { code?: string }; original?: { code?: string } };
  return (parent ?? original)?.code === 'ER_LOCK_DEADLOCK';
}

export async function withTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sequelize.transaction(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isDeadlock(error)) throw error;
    }
  }
}
