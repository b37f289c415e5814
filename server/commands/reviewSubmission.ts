// The case officer accepts a hand-in (for reports and accounts with the assessment of goal
// achievement and of the use of money, so the directorate can show its control afterwards) or
// returns it with a comment, which opens the deadline for a new hand-in; in one transaction with its
// audit row and the notice to the centre.
import type { Transaction } from 'sequelize';
import type { Request } from 'express';
import { Centre, Deadline, DeadlineSubmission } from '../models/index.js';
import type { User } from '../models/index.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { reviewNotice } from '../notifications/stepNotices.js';
import { deadlineKindName } from '../i18n/statusNames.js';
import { Conflict, fieldError } from '../errors.js';
import { say } from '../i18n/language.js';
import { reportFollowsReview, submittedReportOf } from '../reports/reportReview.js';

export interface Review {
  decision: 'accept' | 'return';
  comment?: string | null;
  assessmentGoals?: string | null;
  assessmentFunds?: string | null;
}

/**
 * Locks the deadline, asks the policy, reviews in one transaction with its audit row and writes the
 * notice to the centre; the caller queues its e-mails once committed.
 */
export function reviewSubmission(actor: User, deadlineId: number, review: Review, req: Request) {
  return withTransaction(async (transaction) => {
    const deadline = await Deadline.findByPk(deadlineId, {
      include: [{ model: Centre, as: 'centre' }],
      transaction,
      lock: transaction.LOCK.UPDATE,
    });
    authorize(actor, 'review', deadline, 'deadline');
    const before = { status: deadline.status };
    const submission = await decide(actor, deadline, review, transaction);
    await recordAudit(transaction, {
      req,
      action: review.decision === 'accept' ? 'accept_hand_in' : 'return_hand_in',
      entityType: 'Deadline',
      entityId: deadline.id,
      centreId: deadline.centreId,
      before,
      after: { status: deadline.status, submissionId: submission.id, ...review },
    });
    const emails = await reviewNotice(deadline, submission, actor, transaction);
    return { deadline, emails };
  });
}

async function decide(actor: User, deadline: Deadline, review: Review, transaction: Transaction) {
  const submission = await DeadlineSubmission.findOne({
    where: { deadlineId: deadline.id, reviewStatus: 'pending' },
    order: [['id', 'DESC']],
    transaction,
  });
  if (!submission)
    throw Conflict(
      say(
        `Frist ${deadline.id} har ingen innlevering som venter på vurdering.`,
        `Deadline ${deadline.id} has no hand-in waiting for review.`,
      ),
    );
  if (review.decision === 'return' && !review.comment)
    throw fieldError(
      'body.comment',
      say(
        'skriv hva senteret må endre når innleveringen sendes tilbake',
        'say what the centre must change when returning a hand-in',
      ),
    );
  // A structured report is assessed on the report itself (reports/reportReview.ts); only a
  // report handed in as files, and accounts, need the free-text assessment here.
  const report = await submittedReportOf(deadline, transaction);
  if (report) await reportFollowsReview(report, review.decision, review.comment ?? null, transaction);
  else if (review.decision === 'accept' && (deadline.kind === 'report' || deadline.kind === 'accounts')) {
    if (!review.assessmentGoals)
      throw fieldError(
        'body.assessmentGoals',
        say(
          `må fylles ut når ${deadlineKindName(deadline.kind).nb} godkjennes`,
          `is required when accepting ${deadline.kind}`,
        ),
      );
    if (!review.assessmentFunds)
      throw fieldError(
        'body.assessmentFunds',
        say(
          `må fylles ut når ${deadlineKindName(deadline.kind).nb} godkjennes`,
          `is required when accepting ${deadline.kind}`,
        ),
      );
  }
  await submission.update(
    {
      reviewStatus: review.decision === 'accept' ? 'accepted' : 'returned',
      reviewedById: actor.id,
      reviewedAt: new Date(),
      reviewComment: review.comment ?? null,
      assessmentGoals: review.assessmentGoals ?? null,
      assessmentFunds: review.assessmentFunds ?? null,
    },
    { transaction },
  );
  await deadline.update({ status: review.decision === 'accept' ? 'accepted' : 'returned' }, { transaction });
  return submission;
}
