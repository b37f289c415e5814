// The review steps before issuing: submit (draft → in_review), approve (in_review → approved, with
// the approver's name, title and time recorded), reopen (back to draft; earlier approvals no
// longer hold and are removed). The route has already authorized the step.
import type { Transaction } from 'sequelize';
import { LetterApproval } from '../models/index.js';
import type { GrantLetter, User } from '../models/index.js';

export async function submitLetter(letter: GrantLetter, transaction: Transaction) {
  await letter.update({ status: 'in_review' }, { transaction });
}

export async function approveLetter(approver: User, letter: GrantLetter, transaction: Transaction) {
  await LetterApproval.create(
    { letterId: letter.id, userId: approver.id, name: approver.name, title: approver.title, approvedAt: new Date() },
    { transaction },
  );
  await letter.update({ status: 'approved' }, { transaction });
}

export async function reopenLetter(letter: GrantLetter, transaction: Transaction) {
  await LetterApproval.destroy({ where: { letterId: letter.id }, transaction });
  await letter.update({ status: 'draft' }, { transaction });
}
