// Reminders and hand-ins of a deadline, as the API shows them.
import { z } from 'zod';
import type { DeadlineSubmission, Reminder, User } from '../models/index.js';
import { reviewStatuses } from '../models/DeadlineSubmission.js';

export const reminderViewSchema = z
  .object({
    id: z.number().int().nullable().openapi({ description: 'null while only planned' }),
    step: z.number().int().openapi({ description: 'Days from the due date: negative before, positive after' }),
    dueDate: z.string(),
    sendOn: z.string(),
    recipient: z.object({ name: z.string(), email: z.string() }),
    status: z.enum(['planned', 'pending', 'sent', 'cancelled', 'failed']),
    sentAt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .openapi('Reminder');

export function presentReminder(reminder: Reminder): z.infer<typeof reminderViewSchema> {
  return {
    id: reminder.id,
    step: reminder.step,
    dueDate: reminder.dueDate,
    sendOn: reminder.sendOn,
    recipient: { name: reminder.user?.name ?? '', email: reminder.user?.email ?? '' },
    status: reminder.status,
    sentAt: reminder.outboxEmail?.sentAt?.toISOString() ?? null,
    error: reminder.outboxEmail?.lastError ?? null,
  };
}

export function presentPlannedReminder(
  user: User,
  planned: { step: number; sendOn: string },
  dueDate: string,
): z.infer<typeof reminderViewSchema> {
  return {
    id: null,
    step: planned.step,
    dueDate,
    sendOn: planned.sendOn,
    recipient: { name: user.name, email: user.email },
    status: 'planned',
    sentAt: null,
    error: null,
  };
}

export const submissionSchema = z
  .object({
    id: z.number().int(),
    deadlineId: z.number().int(),
    submittedBy: z.string().nullable(),
    submittedAt: z.string(),
    comment: z.string().nullable(),
    files: z.array(
      z.object({
        id: z.number().int(),
        filename: z.string(),
        contentType: z.string(),
        byteSize: z.number().int(),
        sha256: z.string(),
      }),
    ),
    review: z.object({
      status: z.enum(reviewStatuses),
      reviewedBy: z.string().nullable(),
      reviewedAt: z.string().nullable(),
      comment: z.string().nullable(),
      assessmentGoals: z.string().nullable(),
      assessmentFunds: z.string().nullable(),
    }),
  })
  .openapi('DeadlineSubmission');

/** Expects files, submittedBy and reviewedBy loaded. */
export function presentSubmission(submission: DeadlineSubmission): z.infer<typeof submissionSchema> {
  return {
    id: submission.id,
    deadlineId: submission.deadlineId,
    submittedBy: submission.submittedBy?.name ?? null,
    submittedAt: submission.submittedAt.toISOString(),
    comment: submission.comment,
    files: (submission.files ?? []).map(({ id, filename, contentType, byteSize, sha256 }) => ({
      id,
      filename,
      contentType,
      byteSize,
      sha256,
    })),
    review: {
      status: submission.reviewStatus,
      reviewedBy: submission.reviewedBy?.name ?? null,
      reviewedAt: submission.reviewedAt?.toISOString() ?? null,
      comment: submission.reviewComment,
      assessmentGoals: submission.assessmentGoals,
      assessmentFunds: submission.assessmentFunds,
    },
  };
}
