// The letter's way from draft to accepted: submit, approve, reopen, issue, accept. Each step is
// authorized, audited and answered with the letter as it now stands.
import type { Router } from 'express';
import type { ZodType } from 'zod';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { acceptLetterBody, reopenLetterBody } from './schema.js';
import type { User } from '../../../models/index.js';
import { letterSchema } from '../../../presenters/grantLetter.js';
import { idParams } from '../common.js';
import { withTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../../audit.js';
import type { findLetter } from '../../../letters/loadLetter.js';
import { presentLetterFresh } from './presentLetterFresh.js';
import { approveLetter, reopenLetter, submitLetter } from '../../../commands/moveLetterStatus.js';
import { issueLetter } from '../../../commands/issueLetter.js';
import { acceptLetter } from '../../../commands/acceptLetter.js';
import { letterForStep } from './loadForStep.js';
import type { LetterStep } from './loadForStep.js';
import { enqueue, enqueueAfterCommit } from '../../../../workflows/queues.js';
import { IssueLetterTask } from '../../../../workflows/tasks/IssueLetterTask.js';
import { queueAfterCommit } from '../../../notifications/queueAfterCommit.js';
import { letterStepNotice } from '../../../notifications/stepNotices.js';
import type { OutboxEmail } from '../../../models/index.js';

const issueTask = new IssueLetterTask();

interface StepSpec<B> {
  step: LetterStep;
  summary: string;
  body?: ZodType<B>;
  /** What of the request the audit row keeps besides the status (the reason of a return). */
  audited?: (body: B) => Record<string, unknown>;
  perform: (
    actor: User,
    letter: NonNullable<Awaited<ReturnType<typeof findLetter>>>,
    body: B,
    transaction: Transaction,
  ) => Promise<unknown>;
}

export function registerLetterWorkflowRoutes(router: Router) {
  const defineStep = <B>(spec: StepSpec<B>) =>
    defineRoute(router, {
      method: 'post',
      path: `/api/letters/:id/${spec.step}`,
      tag: 'letters',
      summary: spec.summary,
      params: idParams,
      ...(spec.body ? { body: spec.body } : {}),
      response: letterSchema,
      handler: async ({ req, actor, params, body }) => {
        let enqueueIssue = false;
        let emails: OutboxEmail[] = [];
        const after = await withTransaction(async (transaction) => {
          const letter = await letterForStep(actor, params.id, spec.step, transaction);
          const statusBefore = letter.status;
          const outcome = await spec.perform(actor, letter, body, transaction);
          const alreadyIssued = spec.step === 'issue' && (outcome as { alreadyIssued: boolean }).alreadyIssued;
          const after = await presentLetterFresh(actor, letter.id, transaction);
          if (!alreadyIssued) {
            const audit = await recordAudit(transaction, {
              req,
              action: spec.step,
              entityType: 'GrantLetter',
              entityId: letter.id,
              centreId: letter.centreId,
              before: { status: statusBefore },
              after: {
                status: after.status,
                referenceNumber: after.referenceNumber,
                acceptedAt: after.acceptedAt,
                ...(spec.audited ? spec.audited(body) : {}),
              },
            });
            // Who the step hands work to is told (issuing tells the centre from its job, with the PDF).
            if (spec.step !== 'issue') {
              const reason = spec.step === 'reopen' ? (body as { reason?: string }).reason : undefined;
              emails = await letterStepNotice(spec.step, letter, actor, audit.id, transaction, reason);
            }
          }
          enqueueIssue = spec.step === 'issue';
          return after;
        });
        // After commit, never before. Issuing again re-enqueues under the same job id, which
        // BullMQ ignores while the first job is known; the task itself repeats nothing. The letter
        // is issued once committed: with Redis down the job is left to the recovery (issued
        // letters without a stored document), and the answer is still the issued letter.
        await queueAfterCommit(emails, { letterId: after.id });
        if (enqueueIssue)
          await enqueueAfterCommit(
            'issue-letter job',
            () => enqueue(issueTask, { letterId: after.id }, IssueLetterTask.jobId(after.id)),
            { letterId: after.id },
          );
        return after;
      },
    });

  defineStep({
    step: 'submit',
    summary: 'Send a draft letter for approval (case officer)',
    perform: (_actor, letter, _body, transaction) => submitLetter(letter, transaction),
  });
  defineStep({
    step: 'approve',
    summary: 'Approve a letter electronically; name, title and time are recorded (approver)',
    perform: (actor, letter, _body, transaction) => approveLetter(actor, letter, transaction),
  });
  defineStep({
    step: 'reopen',
    summary:
      'Send a letter in review or approved back to draft with a reason the case officer sees; approvals are withdrawn (case officer, approver)',
    body: reopenLetterBody,
    audited: (body) => ({ reason: body.reason }),
    perform: (actor, letter, body, transaction) => reopenLetter(actor, letter, body, transaction),
  });
  defineStep({
    step: 'issue',
    summary:
      'Issue an approved letter: reference number, deadlines from its rules, stored PDF and e-mail to the centre (case officer). Issuing again changes nothing.',
    perform: (_actor, letter, _body, transaction) => issueLetter(letter, transaction),
  });
  defineStep({
    step: 'accept',
    summary: 'Accept an issued letter: confirm its conditions and the bank account for payments (centre leader)',
    body: acceptLetterBody,
    perform: (actor, letter, body, transaction) => acceptLetter(actor, letter, body, transaction),
  });
}
