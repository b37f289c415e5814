// Loads a letter for one workflow step, locked for the transaction. Someone who may not see the
// letter gets 404; someone whose role can never take the step gets 403; a step that does not fit
// the letter's status right now gets 409 saying why.
import type { Transaction } from 'sequelize';
import { GrantLetter } from '../../../models/index.js';
import type { Role, User } from '../../../models/User.js';
import { authorize, can } from '../../../policies/index.js';
import type { Action } from '../../../policies/index.js';
import { Conflict, Forbidden } from '../../../errors.js';
import { findLetter } from '../../../letters/loadLetter.js';

export type LetterStep = 'submit' | 'approve' | 'reopen' | 'issue' | 'accept';

const rolesFor: Record<LetterStep, Role[]> = {
  submit: ['case_officer'],
  approve: ['approver'],
  reopen: ['case_officer', 'approver'],
  issue: ['case_officer'],
  accept: ['centre_leader'],
};

const done: Record<LetterStep, string> = {
  submit: 'submitted for review',
  approve: 'approved',
  reopen: 'reopened',
  issue: 'issued',
  accept: 'accepted',
};

export async function letterForStep(actor: User, id: number, step: LetterStep, transaction: Transaction) {
  await GrantLetter.findByPk(id, { transaction, lock: transaction.LOCK.UPDATE });
  const letter = await findLetter(id, transaction);
  authorize(actor, 'read', letter, 'letter');
  if (!can(actor, step as Action, letter)) {
    if (!actor.hasRole(...rolesFor[step]))
      throw Forbidden(`Only a user with the role ${rolesFor[step].join(' or ')} can ${step} a letter.`);
    throw Conflict(`Letter ${letter.id} is ${letter.status}; it cannot be ${done[step]} now.`);
  }
  return letter;
}
