// The letter's way from draft to accepted: submit, approve, reopen, issue, accept. Each step is a
// command (takeLetterStep: authorized, audited) answered with the letter as it now stands.
import type { Router } from 'express';
import type { ZodType } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { acceptLetterBody, reopenLetterBody } from './schema.js';
import { letterSchema } from '../../../presenters/grantLetter.js';
import { idParams } from '../common.js';
import { takeLetterStep } from '../../../commands/takeLetterStep.js';
import type { LetterStepRequest } from '../../../commands/takeLetterStep.js';
import { enqueue, enqueueAfterCommit } from '../../../../workflows/queues.js';
import { IssueLetterTask } from '../../../../workflows/tasks/IssueLetterTask.js';
import { queueAfterCommit } from '../../../notifications/queueAfterCommit.js';

const issueTask = new IssueLetterTask();

interface StepSpec<S extends LetterStepRequest['step'], B> {
  step: S;
  summary: string;
  body?: ZodType<B>;
}

export function registerLetterWorkflowRoutes(router: Router) {
  const defineStep = <S extends LetterStepRequest['step'], B>(spec: StepSpec<S, B>) =>
    defineRoute(router, {
      method: 'post',
      path: `/api/letters/:id/${spec.step}`,
      tag: 'letters',
      summary: spec.summary,
      params: idParams,
      ...(spec.body ? { body: spec.body } : {}),
      response: letterSchema,
      handler: async ({ req, actor, params, body }) => {
        const request = { ...(body as object), step: spec.step } as LetterStepRequest;
        const { letter, emails } = await takeLetterStep(actor, params.id, request, req);
        // After commit, never before. Issuing again re-enqueues under the same job id, which
        // BullMQ ignores while the first job is known; the task itself repeats nothing. The letter
        // is issued once committed: with Redis down the job is left to the recovery (issued
        // letters without a stored document), and the answer is still the issued letter.
        await queueAfterCommit(emails, { letterId: letter.id });
        if (spec.step === 'issue')
          await enqueueAfterCommit(
            'issue-letter job',
            () => enqueue(issueTask, { letterId: letter.id }, IssueLetterTask.jobId(letter.id)),
            { letterId: letter.id },
          );
        return letter;
      },
    });

  defineStep({
    step: 'submit',
    summary: 'Send a draft letter for approval (case officer)',
  });
  defineStep({
    step: 'approve',
    summary: 'Approve a letter electronically; name, title and time are recorded (approver)',
  });
  defineStep({
    step: 'reopen',
    summary:
      'Send a letter in review or approved back to draft with a reason the case officer sees; approvals are withdrawn (case officer, approver)',
    body: reopenLetterBody,
  });
  defineStep({
    step: 'issue',
    summary:
      'Issue an approved letter: reference number, deadlines from its rules, stored PDF and e-mail to the centre (case officer). Issuing again changes nothing.',
  });
  defineStep({
    step: 'accept',
    summary: 'Accept an issued letter: confirm its conditions and the bank account for payments (centre leader)',
    body: acceptLetterBody,
  });
}
