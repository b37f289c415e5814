// A centre hands in against a deadline: the files go to storage first (content-addressed keys, so
// a retry rewrites the same file), then one transaction records the submission, its files, the
// deadline's new status and the audit event, and cancels the reminders not yet sent.
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { Deadline, DeadlineSubmission, SubmissionFile } from '../models/index.js';
import type { User } from '../models/index.js';
import { storage } from '../storage/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { cancelPendingReminders } from '../reminders/sweep.js';
import { Conflict } from '../errors.js';

export interface HandInFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

export async function handInDeadline(
  req: Request,
  actor: User,
  deadlineId: number,
  input: { comment: string | null; files: HandInFile[] },
) {
  const stored = await Promise.all(
    input.files.map(async (file) => {
      const sha256 = createHash('sha256').update(file.content).digest('hex');
      const storageKey = `deadlines/${deadlineId}/${sha256}`;
      await storage.put(storageKey, file.content);
      return { ...file, sha256, storageKey };
    }),
  );
  try {
    return await recordHandIn(req, actor, deadlineId, input.comment, stored);
  } catch (error) {
    // Nothing half-written: files no submission points at (this one rolled back) are removed again.
    for (const file of stored) {
      if (!(await SubmissionFile.count({ where: { storageKey: file.storageKey } })))
        await storage.delete(file.storageKey);
    }
    throw error;
  }
}

async function recordHandIn(
  req: Request,
  actor: User,
  deadlineId: number,
  comment: string | null,
  stored: (HandInFile & { sha256: string; storageKey: string })[],
) {
  return withTransaction(async (transaction) => {
    const deadline = await Deadline.findByPk(deadlineId, { transaction, lock: transaction.LOCK.UPDATE });
    if (deadline?.status === 'submitted' || deadline?.status === 'accepted')
      throw Conflict(`Deadline ${deadlineId} has been handed in already (${deadline.status}).`);
    const submission = await DeadlineSubmission.create(
      { deadlineId, submittedById: actor.id, comment, submittedAt: new Date() },
      { transaction },
    );
    await SubmissionFile.bulkCreate(
      stored.map((file) => ({
        submissionId: submission.id,
        filename: file.filename,
        contentType: file.contentType,
        byteSize: file.content.length,
        sha256: file.sha256,
        storageKey: file.storageKey,
      })),
      { transaction },
    );
    const before = { status: deadline!.status };
    await deadline!.update({ status: 'submitted' }, { transaction });
    const cancelled = await cancelPendingReminders(deadlineId, transaction);
    await recordAudit(transaction, {
      req,
      action: 'hand_in',
      entityType: 'Deadline',
      entityId: deadlineId,
      centreId: deadline!.centreId,
      before,
      after: { status: 'submitted', submissionId: submission.id, files: stored.map((f) => f.filename), cancelled },
    });
    return submission;
  });
}
