// Work on a deadline: hand in (files + comment), review (accept with assessment, or return), move
// the due date with a reason, and see every reminder — planned, sent, cancelled or failed.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { idParams, isoDate, optionalText, text } from '../common.js';
import {
  Centre,
  Deadline,
  DeadlineSubmission,
  OutboxEmail,
  Reminder,
  StoredFile,
  User,
} from '../../../models/index.js';
import { openDeadlineStatuses } from '../../../models/Deadline.js';
import { authorize } from '../../../policies/index.js';
import { deadlineSchema, presentDeadline } from '../../../presenters/deadline.js';
import {
  presentPlannedReminder,
  presentReminder,
  presentSubmission,
  reminderViewSchema,
  submissionSchema,
} from '../../../presenters/deadlineWork.js';
import { NotFound, fieldError } from '../../../errors.js';
import { validationMessage } from '../../../i18n/validationMessages.js';
import { storage } from '../../../storage/index.js';
import { sendStoredFile } from '../../../storage/fileTypes.js';
import { osloToday } from '../../../calendar.js';
import { plannedSteps } from '../../../reminders/policy.js';
import { loadReminderRecipients } from '../../../reminders/recipients.js';
import { handInDeadline } from '../../../commands/handInDeadline.js';
import { reviewSubmission } from '../../../commands/reviewSubmission.js';
import { queueAfterCommit } from '../../../notifications/queueAfterCommit.js';
import { moveDueDate } from '../../../commands/moveDueDate.js';
import { readDocumentFiles } from './upload.js';

const findDeadline = (id: number) => Deadline.findByPk(id, { include: [{ model: Centre, as: 'centre' }] });

const submissionIncludes = [
  { model: StoredFile, as: 'files' },
  { model: User, as: 'submittedBy' },
  { model: User, as: 'reviewedBy' },
];

const reviewBody = z.object({
  decision: z.enum(['accept', 'return']),
  comment: optionalText(20_000),
  assessmentGoals: optionalText(20_000).openapi({
    description: 'Måloppnåelse; required when accepting report or accounts',
  }),
  assessmentFunds: optionalText(20_000).openapi({
    description: 'Use of the money; required when accepting report or accounts',
  }),
});
const moveBody = z.object({ dueDate: isoDate, reason: text(2000) });
const handInFields = z.object({ comment: optionalText(20_000) });
const fileParams = z.object({ id: z.coerce.number().int().positive(), fileId: z.coerce.number().int().positive() });

export function registerDeadlineWorkRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/deadlines/:id/reminders',
    tag: 'deadlines',
    summary: 'Every reminder of a deadline: planned (not yet written), pending, sent, cancelled and failed',
    params: idParams,
    response: z.object({ items: z.array(reminderViewSchema) }),
    handler: async ({ actor, params }) => {
      const deadline = await findDeadline(params.id);
      authorize(actor, 'read', deadline, 'deadline');
      const stored = await Reminder.findAll({
        where: { deadlineId: deadline.id },
        include: [
          { model: User, as: 'user' },
          { model: OutboxEmail, as: 'outboxEmail' },
        ],
      });
      const written = new Set(stored.map((r) => `${r.dueDate}|${r.step}|${r.userId}`));
      const today = osloToday();
      const recipients = await loadReminderRecipients();
      const planned = openDeadlineStatuses.includes(deadline.status)
        ? plannedSteps(deadline.kind, deadline.dueDate)
            .filter((p) => p.sendOn >= today)
            .flatMap((p) =>
              recipients
                .forStep(deadline, p.step)
                .filter((user) => !written.has(`${deadline.dueDate}|${p.step}|${user.id}`))
                .map((user) => presentPlannedReminder(user, p, deadline.dueDate)),
            )
        : [];
      const items = [...stored.map(presentReminder), ...planned].sort(
        (a, b) =>
          a.sendOn.localeCompare(b.sendOn) || a.step - b.step || a.recipient.email.localeCompare(b.recipient.email),
      );
      return { items };
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/deadlines/:id/submissions',
    tag: 'deadlines',
    summary: 'What has been handed in against a deadline, newest first, with the reviews',
    params: idParams,
    response: z.object({ items: z.array(submissionSchema) }),
    handler: async ({ actor, params }) => {
      const deadline = await findDeadline(params.id);
      authorize(actor, 'read', deadline, 'deadline');
      const submissions = await DeadlineSubmission.findAll({
        where: { deadlineId: deadline.id },
        include: submissionIncludes,
        order: [['id', 'DESC']],
      });
      return { items: submissions.map(presentSubmission) };
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/deadlines/:id/submissions',
    tag: 'deadlines',
    summary: 'Hand in against a deadline (centre): multipart/form-data with one or more `files` and a `comment`',
    description:
      'Files up to UPLOAD_MAX_MB each (413 above it, nothing stored). Types are checked by content: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF, or UTF-8 text named .txt/.csv (415 otherwise); an empty file or a name with control characters or over 255 characters is 400. Pending reminders are cancelled.',
    params: idParams,
    status: 201,
    response: submissionSchema,
    bodyType: 'multipart',
    handler: async ({ req, res, actor, params }) => {
      const deadline = await findDeadline(params.id);
      authorize(actor, 'handIn', deadline, 'deadline'); // before reading any upload
      const files = await readDocumentFiles(req, res);
      const fields = handInFields.safeParse(req.body ?? {});
      if (!fields.success) throw fieldError('body.comment', validationMessage(fields.error.issues[0]!, false));
      const { submission, emails } = await handInDeadline(req, actor, deadline.id, {
        comment: fields.data.comment ?? null,
        files,
      });
      await queueAfterCommit(emails, { deadlineId: deadline.id });
      return presentSubmission((await DeadlineSubmission.findByPk(submission.id, { include: submissionIncludes }))!);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/deadlines/:id/files/:fileId',
    tag: 'deadlines',
    summary: 'Download one handed-in file (an attachment with its checked type)',
    params: fileParams,
    produces: 'application/octet-stream',
    handler: async ({ res, actor, params }) => {
      const deadline = await findDeadline(params.id);
      authorize(actor, 'read', deadline, 'deadline');
      const file = await StoredFile.findByPk(params.fileId, {
        include: [{ model: DeadlineSubmission, as: 'submission', where: { deadlineId: deadline.id } }],
      });
      if (!file) throw NotFound('file');
      sendStoredFile(res, file, await storage.get(file.storageKey));
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/deadlines/:id/review',
    tag: 'deadlines',
    summary:
      'Accept the hand-in (with the assessment for report and accounts) or return it with a comment (case officer)',
    params: idParams,
    body: reviewBody,
    response: deadlineSchema,
    handler: async ({ req, actor, params, body }) => {
      const { deadline, emails } = await reviewSubmission(actor, params.id, body, req);
      await queueAfterCommit(emails, { deadlineId: params.id });
      return presentDeadline(deadline);
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/deadlines/:id/due-date',
    tag: 'deadlines',
    summary: 'Move the due date, with a reason (case officer); reminders follow the new date',
    params: idParams,
    body: moveBody,
    response: deadlineSchema,
    handler: async ({ req, actor, params, body }) => presentDeadline(await moveDueDate(req, actor, params.id, body)),
  });
}
