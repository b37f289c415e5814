// One step on a letter's way from draft to accepted (submit, approve, reopen, issue, accept), in one
// transaction with its audit row and the notices to whom the step hands work. The caller queues the
// notices, and for an issue the issue job, once it has committed.
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import type { GrantLetter, OutboxEmail, User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { letterForStep } from '../letters/letterForStep.js';
import { presentLetterFresh } from '../letters/presentLetterFresh.js';
import { letterStepNotice } from '../notifications/stepNotices.js';
import { approveLetter, reopenLetter, submitLetter } from './moveLetterStatus.js';
import { issueLetter } from './issueLetter.js';
import { acceptLetter } from './acceptLetter.js';

/** The step with what its request carries. */
export type LetterStepRequest =
  | { step: 'submit' | 'approve' | 'issue' }
  | { step: 'reopen'; reason: string }
  | { step: 'accept'; bankAccount: string };

export async function takeLetterStep(actor: User, letterId: number, request: LetterStepRequest, req: Request) {
  return withTransaction(async (transaction) => {
    const letter = await letterForStep(actor, letterId, request.step, transaction);
    const statusBefore = letter.status;
    const { alreadyIssued } = await perform(actor, letter, request, transaction);
    const after = await presentLetterFresh(actor, letter.id, transaction);
    let emails: OutboxEmail[] = [];
    if (!alreadyIssued) {
      const reason = request.step === 'reopen' ? request.reason : undefined;
      const audit = await recordAudit(transaction, {
        req,
        action: request.step,
        entityType: 'GrantLetter',
        entityId: letter.id,
        centreId: letter.centreId,
        before: { status: statusBefore },
        after: {
          status: after.status,
          referenceNumber: after.referenceNumber,
          acceptedAt: after.acceptedAt,
          // The reason of a return is kept with the step.
          ...(request.step === 'reopen' ? { reason } : {}),
        },
      });
      // Who the step hands work to is told (issuing tells the centre from its job, with the PDF).
      if (request.step !== 'issue')
        emails = await letterStepNotice(request.step, letter, actor, audit.id, transaction, reason);
    }
    return { letter: after, emails };
  });
}

async function perform(
  actor: User,
  letter: GrantLetter,
  request: LetterStepRequest,
  transaction: Transaction,
): Promise<{ alreadyIssued: boolean }> {
  switch (request.step) {
    case 'submit':
      await submitLetter(letter, transaction);
      break;
    case 'approve':
      await approveLetter(actor, letter, transaction);
      break;
    case 'reopen':
      await reopenLetter(actor, letter, { reason: request.reason }, transaction);
      break;
    case 'issue':
      return issueLetter(letter, transaction);
    case 'accept':
      await acceptLetter(actor, letter, { bankAccount: request.bankAccount }, transaction);
      break;
  }
  return { alreadyIssued: false };
}
