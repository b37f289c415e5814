// The letter as the API answers it, read again inside the transaction that just changed it. A file
// of its own, not in loadLetter: the worker loads letters too, and must not pull in the API's presenters.
import type { Transaction } from 'sequelize';
import type { User } from '../models/index.js';
import { findLetter, letterDetail } from './loadLetter.js';
import { presentLetter } from '../presenters/grantLetter.js';

export async function presentLetterFresh(actor: User, id: number, transaction: Transaction) {
  const letter = await findLetter(id, transaction);
  return presentLetter(await letterDetail(actor, letter!, transaction));
}
