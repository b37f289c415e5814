// The centre leader accepts an issued letter: confirms its conditions and the bank account that
// payments go to. Until then the letter shows as awaiting acceptance and payments are held.
import type { Transaction } from 'sequelize';
import type { GrantLetter, User } from '../models/index.js';
import { Conflict } from '../errors.js';
import { journalAcceptance } from '../archive/letterJournal.js';
import { say } from '../i18n/language.js';

export async function acceptLetter(
  leader: User,
  letter: GrantLetter,
  input: { bankAccount: string },
  transaction: Transaction,
) {
  if (letter.acceptedAt)
    throw Conflict(say(`Brev ${letter.id} er allerede akseptert.`, `Letter ${letter.id} was already accepted.`));
  await letter.update(
    { acceptedAt: new Date(), acceptedById: leader.id, acceptedBankAccount: input.bankAccount },
    { transaction },
  );
  await journalAcceptance(letter.id, leader, transaction);
}
