// The shape every change to a steering meeting shares: lock the meeting, check the policy action,
// let a command change it, audit, answer with the meeting as the page shows it — and only after
// the transaction commits, queue the e-mails the command wrote (and any other follow-up job).
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import type { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { idParams } from '../common.js';
import { steeringMeetingDetailSchema } from '../../../presenters/steeringMeeting.js';
import { withTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../../audit.js';
import type { AuditInput } from '../../../audit.js';
import type { Action } from '../../../policies/index.js';
import type { OutboxEmail, User } from '../../../models/index.js';
import { queueOutboxEmails } from '../../../../workflows/tasks/SendEmailTask.js';
import { enqueueAfterCommit } from '../../../../workflows/queues.js';
import { meetingFor, presentMeetingDetail } from '../../../meetings/meetingRecord.js';
import type { MeetingWithParticipants } from '../../../meetings/meetingRecord.js';

export interface MeetingChange {
  /** E-mails written in the transaction, queued once it has committed. */
  emails?: OutboxEmail[];
  /** What the audit event records; by default the meeting as it is afterwards. */
  audit?: Partial<Pick<AuditInput, 'entityType' | 'entityId' | 'before' | 'after'>> & { skip?: boolean };
}

export function defineMeetingChange<B extends z.ZodType>(
  router: Router,
  spec: {
    method: 'post' | 'put' | 'patch';
    /** Below /api/steering-meetings/:id, e.g. "/cancel"; "" for the meeting itself. */
    path: string;
    summary: string;
    description?: string;
    body?: B;
    status?: 200 | 201 | 202;
    action: Action;
    auditAction: string;
    change: (input: {
      actor: User;
      meeting: MeetingWithParticipants;
      body: z.output<B>;
      transaction: Transaction;
    }) => Promise<MeetingChange | void>;
    /** Work queued after commit (on its task's queue), e.g. storing the meeting pack. */
    afterCommit?: (meeting: MeetingWithParticipants) => Promise<unknown>;
  },
) {
  defineRoute(router, {
    method: spec.method,
    path: `/api/steering-meetings/:id${spec.path}`,
    tag: 'steering meetings',
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    params: idParams,
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.status ? { status: spec.status } : {}),
    response: steeringMeetingDetailSchema,
    handler: async ({ req, actor, params, body }) => {
      const { detail, emails, meeting } = await withTransaction(async (transaction) => {
        const meeting = await meetingFor(actor, spec.action, params.id, transaction);
        const outcome = (await spec.change({ actor, meeting, body: body, transaction })) ?? {};
        const detail = await presentMeetingDetail(actor, meeting.id, transaction);
        if (!outcome.audit?.skip)
          await recordAudit(transaction, {
            req,
            action: spec.auditAction,
            entityType: outcome.audit?.entityType ?? 'SteeringMeeting',
            entityId: outcome.audit?.entityId ?? meeting.id,
            centreId: meeting.centreId,
            before: outcome.audit?.before,
            after: outcome.audit?.after ?? detail,
          });
        return { detail, emails: outcome.emails ?? [], meeting };
      });
      // The change is committed: with Redis down the e-mails wait in the outbox (the recovery queues
      // pending ones) and the answer is still the changed meeting.
      if (emails.length)
        await enqueueAfterCommit('meeting e-mails', () => queueOutboxEmails(emails), {
          meetingId: meeting.id,
          emailIds: emails.map((email) => email.id),
        });
      if (spec.afterCommit)
        await enqueueAfterCommit(`${spec.auditAction} follow-up job`, () => spec.afterCommit!(meeting), {
          meetingId: meeting.id,
        });
      return detail;
    },
  });
}
