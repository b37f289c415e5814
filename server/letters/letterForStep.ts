// Loads a letter for one workflow step, locked for the transaction. Someone who may not see the
// letter gets 404; someone whose role can never take the step gets 403; a step that does not fit
// the letter's status right now gets 409 saying why. Who takes which step is the letter policy's.
import type { Transaction } from 'sequelize';
import { GrantLetter } from '../models/index.js';
import type { User } from '../models/User.js';
import { authorize, can } from '../policies/index.js';
import { letterStepRefusal, takesLetterStep } from '../policies/grantLetter.js';
import type { LetterStep } from '../policies/grantLetter.js';
import { Conflict, Forbidden } from '../errors.js';
import { letterStatusName } from '../i18n/statusNames.js';
import { findLetter } from './loadLetter.js';
import { say, type Localized } from '../i18n/language.js';

export type { LetterStep };

const done: Record<LetterStep, Localized> = {
  submit: say('sendes til godkjenning', 'submitted for review'),
  approve: say('godkjennes', 'approved'),
  reopen: say('åpnes igjen', 'reopened'),
  issue: say('utstedes', 'issued'),
  accept: say('aksepteres', 'accepted'),
};

export async function letterForStep(actor: User, id: number, step: LetterStep, transaction: Transaction) {
  await GrantLetter.findByPk(id, { transaction, lock: transaction.LOCK.UPDATE });
  const letter = await findLetter(id, transaction);
  authorize(actor, 'read', letter, 'letter');
  if (!can(actor, step, letter)) {
    if (!takesLetterStep(actor, step)) throw Forbidden(letterStepRefusal(step));
    throw Conflict(
      say(
        `Brev ${letter.id} er ${letterStatusName(letter.status).nb}; det kan ikke ${done[step].nb} nå.`,
        `Letter ${letter.id} is ${letter.status}; it cannot be ${done[step].en} now.`,
      ),
    );
  }
  return letter;
}
