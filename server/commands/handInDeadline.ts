// A centre hands in against a deadline: the files go to storage first, then one transaction
// records the submission, its files, the deadline's new status and the audit event, and cancels
// the reminders not yet sent, and notifies the case officer. If that fails, the files are removed again.
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import { Deadline, DeadlineSubmission, StoredFile } from '../models/index.js';
import type { User } from '../models/index.js';
import { storedFileFields, withStoredUploads } from '../storage/uploadedFiles.js';
import type { StoredUpload, UploadedFile } from '../storage/uploadedFiles.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { cancelPendingReminders } from '../reminders/sweep.js';
import { deadlineStatusName } from '../i18n/statusNames.js';
import { Conflict } from '../errors.js';
import { handInNotice } from '../notifications/stepNotices.js';
import { journalHandIn } from '../archive/handInJournal.js';
import { say } from '../i18n/language.js';

export type HandInFile = UploadedFile;

/** Work that hands in with the submission, in its transaction (a structured report freezing its version). */
export type AlsoInTransaction = (submission: DeadlineSubmission, transaction: Transaction) => Promise<void>;

export async function handInDeadline(
  req: Request,
  actor: User,
  deadlineId: number,
  input: { comment: string | null; files: HandInFile[]; alsoInTransaction?: AlsoInTransaction },
) {
  return withStoredUploads(`deadlines/${deadlineId}`, input.files, (stored) =>
    recordHandIn(req, actor, deadlineId, input.comment, stored, input.alsoInTransaction),
  );
}

async function recordHandIn(
  req: Request,
  actor: User,
  deadlineId: number,
  comment: string | null,
  stored: StoredUpload[],
  alsoInTransaction?: AlsoInTransaction,
) {
  return withTransaction(async (transaction) => {
    const deadline = await Deadline.findByPk(deadlineId, { transaction, lock: transaction.LOCK.UPDATE });
    // Checked again under the lock: handed in (or cancelled) since the route's check.
    if (deadline?.status === 'submitted' || deadline?.status === 'accepted')
      throw Conflict(
        say(
          `Frist ${deadlineId} er allerede levert (${deadlineStatusName(deadline.status).nb}).`,
          `Deadline ${deadlineId} has been handed in already (${deadline.status}).`,
        ),
      );
    if (!deadline || !openDeadlineStatuses.includes(deadline.status))
      throw Conflict(
        say(
          `Frist ${deadlineId} er ${deadline ? deadlineStatusName(deadline.status).nb : 'borte'}; den tar ikke imot innlevering.`,
          `Deadline ${deadlineId} is ${deadline?.status ?? 'gone'}; it takes no hand-in.`,
        ),
      );
    const submission = await DeadlineSubmission.create(
      { deadlineId, submittedById: actor.id, comment, submittedAt: new Date() },
      { transaction },
    );
    const files = await StoredFile.bulkCreate(
      storedFileFields(stored).map((fields) => ({ submissionId: submission.id, ...fields })),
      { transaction, validate: true },
    );
    await alsoInTransaction?.(submission, transaction);
    await journalHandIn(deadline, submission, actor, files, transaction);
    const before = { status: deadline.status };
    await deadline.update({ status: 'submitted' }, { transaction });
    const cancelled = await cancelPendingReminders(deadlineId, transaction);
    await recordAudit(transaction, {
      req,
      action: 'hand_in',
      entityType: 'Deadline',
      entityId: deadlineId,
      centreId: deadline.centreId,
      before,
      after: { status: 'submitted', submissionId: submission.id, files: stored.map((f) => f.filename), cancelled },
    });
    // The case officer is told; the caller queues the e-mails once this has committed.
    const emails = await handInNotice(deadline, submission, actor, transaction);
    return { submission, emails };
  });
}
