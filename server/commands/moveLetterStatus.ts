// The review steps before issuing: submit (draft → in_review), approve (in_review → approved, with
// the approver's name, title and time recorded), reopen (back to draft; earlier approvals no
// longer hold and are removed; the reason is kept on the letter for the case officer). Submitting
// again clears the reason. The route has already authorized the step.
import type { Transaction } from 'sequelize';
import { LetterApproval } from '../models/index.js';
import type { GrantLetter, User } from '../models/index.js';

export async function submitLetter(letter: GrantLetter, transaction: Transaction) {
  await letter.update(
    { status: 'in_review', returnReason: null, returnedAt: null, returnedById: null },
    { transaction },
  );
}

export async function approveLetter(approver: User, letter: GrantLetter, transaction: Transaction) {
  await LetterApproval.create(
    { letterId: letter.id, userId: approver.id, name: approver.name, title: approver.title, approvedAt: new Date() },
    { transaction },
  );
  await letter.update({ status: 'approved' }, { transaction });
}

export async function reopenLetter(
  actor: User,
  letter: GrantLetter,
  input: { reason: string },
  transaction: Transaction,
) {
  await LetterApproval.destroy({ where: { letterId: letter.id }, transaction });
  await letter.update(
    { status: 'draft', returnReason: input.reason, returnedAt: new Date(), returnedById: actor.id },
    { transaction },
  );
}
