// Every write runs in one managed transaction: commit when the callback resolves, roll back when it throws.
import type { Transaction } from 'sequelize';
import { sequelize } from './sequelize.js';

export function withTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
  return sequelize.transaction(work);
}
