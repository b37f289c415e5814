// A read that locks its rows when it runs inside a transaction (a write) and plainly otherwise.
import type { Transaction } from 'sequelize';

/** findByPk/findOne options: the row locked for update when given a transaction. */
export function lockedIfWriting(transaction?: Transaction) {
  return transaction ? { transaction, lock: transaction.LOCK.UPDATE } : {};
}
