// Loads a letter for a change of its own (edit, delete): locked for the transaction, visible to the
// actor, and not issued.
import type { Transaction } from 'sequelize';
import { GrantLetter } from '../models/index.js';
import type { User } from '../models/index.js';
import { authorize } from '../policies/index.js';
import { findLetter } from './loadLetter.js';
import { assertLetterEditable } from './letterEditable.js';

export async function letterForChange(actor: User, id: number, action: 'update' | 'delete', transaction: Transaction) {
  await GrantLetter.findByPk(id, { transaction, lock: transaction.LOCK.UPDATE });
  const letter = await findLetter(id, transaction);
  authorize(actor, 'read', letter, 'letter');
  // Letters past draft answer 409 (not 403) so the caller learns why; the policy also forbids it.
  assertLetterEditable(letter);
  authorize(actor, action, letter, 'letter');
  return letter;
}
