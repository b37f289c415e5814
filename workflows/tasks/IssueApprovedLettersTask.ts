// "Issue all approved letters of year Y" as one job: each letter issued in its own transaction
// (so one failure does not undo the others), its PDF stored and its e-mails queued, with progress
// (done/total) reported after each letter. A rerun after a crash skips what is already issued.
import type { Job } from 'bullmq';
import { z } from 'zod';
import { BaseTask, defaultTaskOptions } from './BaseTask.js';
import { IssueLetterTask, completeIssuedLetter } from './IssueLetterTask.js';
import { enqueue, enqueueAfterCommit } from '../queues.js';
import { GrantLetter, User } from '../../server/models/index.js';
import { withTransaction } from '../../server/db/transaction.js';
import { issueLetter } from '../../server/commands/issueLetter.js';
import { recordAudit } from '../../server/audit.js';
import { reportProgress } from './progress.js';

const schema = z.object({ year: z.number().int(), actorId: z.number().int().positive() });
const issueTask = new IssueLetterTask();

export class IssueApprovedLettersTask extends BaseTask<typeof schema> {
  readonly name = 'issue-approved-letters';
  readonly schema = schema;
  // Long and idempotent: one retry after a crash; a rerun skips what is done.
  override readonly options = { ...defaultTaskOptions, attempts: 2 };

  async perform({ year, actorId }: z.output<typeof schema>, job?: Job) {
    const actor = await User.findByPk(actorId);
    if (!actor) throw new Error(`user ${actorId} does not exist`);
    const letters = await GrantLetter.findAll({ where: { year, status: 'approved' }, order: [['id', 'ASC']] });
    const issued: number[] = [];
    const failed: { letterId: number; error: string }[] = [];
    await reportProgress(job, 0, letters.length);
    for (const [index, { id }] of letters.entries()) {
      try {
        await withTransaction(async (transaction) => {
          const letter = await GrantLetter.findByPk(id, { transaction, lock: transaction.LOCK.UPDATE });
          if (letter?.status !== 'approved') return; // issued meanwhile, or sent back
          await issueLetter(letter, transaction);
          await recordAudit(transaction, {
            actor,
            action: 'issue',
            entityType: 'GrantLetter',
            entityId: id,
            centreId: letter.centreId,
            before: { status: 'approved' },
            after: { status: 'issued', referenceNumber: letter.referenceNumber },
          });
        });
        // The letter's own job right after commit: if this worker dies or the PDF fails below, that
        // job (with its retries) still stores the PDF and mails the centre. Done here first, it finds
        // everything made and stops. With Redis down the letter stays issued and the recovery
        // queues its job (issued letters without a stored document).
        await enqueueAfterCommit(
          'issue-letter job',
          (queue) => enqueue(queue, issueTask, { letterId: id }, IssueLetterTask.jobId(id)),
          { letterId: id },
        );
        await completeIssuedLetter(id);
        issued.push(id);
      } catch (error) {
        failed.push({ letterId: id, error: error instanceof Error ? error.message : String(error) });
      }
      await reportProgress(job, index + 1, letters.length);
    }
    return { year, total: letters.length, issued, failed };
  }
}
