// Changes a letter that is not issued, in one transaction with its audit row: its own fields, and
// any list of parts given (which replaces the stored list in its order).
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import type { GrantLetter, User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { checkLetterOrganisations, replaceLetterParts } from './letterParts.js';
import type { LetterContent } from './letterParts.js';
import { assertLetterEditable } from '../letters/letterEditable.js';
import { letterForChange } from '../letters/letterForChange.js';
import { letterDetail } from '../letters/loadLetter.js';
import { presentLetterFresh } from '../letters/presentLetterFresh.js';
import { presentLetter } from '../presenters/grantLetter.js';

/** Answers the letter as it now stands, presented. */
export function updateLetter(actor: User, letterId: number, content: LetterContent, req: Request) {
  return withTransaction(async (transaction) => {
    const letter = await letterForChange(actor, letterId, 'update', transaction);
    const before = presentLetter(await letterDetail(actor, letter, transaction));
    await change(letter, content, transaction);
    const after = await presentLetterFresh(actor, letter.id, transaction);
    await recordAudit(transaction, {
      req,
      action: 'update',
      entityType: 'GrantLetter',
      entityId: letter.id,
      centreId: letter.centreId,
      before,
      after,
    });
    return after;
  });
}

async function change(letter: GrantLetter, content: LetterContent, transaction: Transaction): Promise<void> {
  assertLetterEditable(letter);
  await checkLetterOrganisations(content, transaction);
  const { sections: _s, priorityAreas: _p, signatories: _g, copyRecipients: _c, ...fields } = content;
  await letter.update(fields, { transaction });
  await replaceLetterParts(letter.id, content, transaction);
}
