// "Issue all approved letters of year Y" as one job: each letter issued in its own transaction
// (so one failure does not undo the others), its PDF stored and its e-mails queued, with progress
// (done/total) reported after each letter. At shutdown the job goes back to waiting between two
// letters; its next run (or a rerun after a crash) goes on from the checkpoint in its progress.
import type { Job } from 'bullmq';
import { z } from 'zod';
import { Op } from 'sequelize';
import { BaseTask, defaultTaskOptions } from './BaseTask.js';
import type { TaskRun } from './BaseTask.js';
import { IssueLetterTask, completeIssuedLetter } from './IssueLetterTask.js';
import { enqueue, enqueueAfterCommit } from '../queues.js';
import { GrantLetter, User } from '../../server/models/index.js';
import { withTransaction } from '../../server/db/transaction.js';
import { issueLetter } from '../../server/commands/issueLetter.js';
import { recordAudit } from '../../server/audit.js';
import { checkpointOf, handBackOnShutdown, reportCheckpoint } from './progress.js';

const schema = z.object({ year: z.number().int(), actorId: z.number().int().positive() });

interface IssueResults {
  issued: number[];
  failed: { letterId: number; error: string }[];
}
const issueTask = new IssueLetterTask();

export class IssueApprovedLettersTask extends BaseTask<typeof schema> {
  readonly name = 'issue-approved-letters';
  readonly schema = schema;
  readonly queue = 'bulk' as const;
  // Long and idempotent: one retry after a crash; a rerun skips what is done.
  override readonly options = { ...defaultTaskOptions, attempts: 2 };

  async perform({ year, actorId }: z.output<typeof schema>, job?: Job, run?: TaskRun) {
    const actor = await User.findByPk(actorId);
    if (!actor) throw new Error(`user ${actorId} does not exist`);
    // A run handed back at shutdown (or taken over after a crash) goes on after its last letter.
    const resumed = checkpointOf<IssueResults>(job);
    const results: IssueResults = resumed?.results ?? { issued: [], failed: [] };
    const doneBefore = resumed?.done ?? 0;
    const letters = await GrantLetter.findAll({
      where: { year, status: 'approved', id: { [Op.gt]: resumed?.lastId ?? 0 } },
      order: [['id', 'ASC']],
    });
    const total = doneBefore + letters.length;
    await reportCheckpoint(job, { done: doneBefore, total, lastId: resumed?.lastId ?? 0, results });
    for (const [index, { id }] of letters.entries()) {
      await handBackOnShutdown(job, run);
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
          () => enqueue(issueTask, { letterId: id }, IssueLetterTask.jobId(id)),
          { letterId: id },
        );
        await completeIssuedLetter(id);
        results.issued.push(id);
      } catch (error) {
        results.failed.push({ letterId: id, error: error instanceof Error ? error.message : String(error) });
      }
      await reportCheckpoint(job, { done: doneBefore + index + 1, total, lastId: id, results });
    }
    return { year, total, ...results };
  }
}
