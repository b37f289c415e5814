// Sends a batch of outbox e-mails (server/mail/outboxDelivery.ts). The outbox rows, not the job,
// remember attempts and backoff: a refused attempt queues the next one as a delayed job of its
// own, and whatever the queue loses, QueueDueEmailsTask finds again in the outbox.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BaseTask, defaultTaskOptions } from './BaseTask.js';
import { deliverOutboxEmails } from '../../server/mail/outboxDelivery.js';
import type { DeliveryOutcome } from '../../server/mail/outboxDelivery.js';
import { dueOutboxEmails } from '../../server/mail/dueEmails.js';
import { sharedQueue } from '../queues.js';
import { logger } from '../../server/logger.js';
import { MAIL_BATCH_MAX, env } from '../../server/env.js';
import { chunks } from '../../server/chunks.js';

const emailId = z.number().int().positive();
const schema = z.union([
  z.object({ emailIds: z.array(emailId).min(1).max(MAIL_BATCH_MAX) }),
  // A job queued before e-mails went in batches.
  z.object({ emailId }).transform(({ emailId: id }) => ({ emailIds: [id] })),
]);

export class SendEmailTask extends BaseTask<typeof schema> {
  readonly name = 'send-email';
  readonly schema = schema;
  readonly queue = 'mail' as const;
  // A job that throws (the database away at the claim) is retried a few times and then dropped:
  // the rows are still due, and the next look at the outbox queues them under a new id. Finished
  // jobs go at once, so that look can always queue a row again.
  override readonly options = { ...defaultTaskOptions, attempts: 3, removeOnComplete: true, removeOnFail: true };

  /**
   * A batch is named after its rows and their attempts: the same batch is not queued twice while
   * it waits, and a batch with other rows (a second sweep that found more) is a job of its own.
   */
  static jobId = (emails: { id: number; attempts?: number }[]) =>
    `send-email-${emails[0]!.id}-${createHash('sha256')
      .update(emails.map((email) => `${email.id}:${email.attempts ?? 0}`).join(','))
      .digest('hex')
      .slice(0, 16)}`;

  async perform({ emailIds }: z.output<typeof schema>) {
    const outcomes = await deliverOutboxEmails(emailIds);
    await queueFollowUps(outcomes);
    const tally: Partial<Record<DeliveryOutcome['result'], number>> = {};
    for (const outcome of outcomes.values()) tally[outcome.result] = (tally[outcome.result] ?? 0) + 1;
    return tally;
  }
}

const sendEmail = new SendEmailTask();

/** The next attempt of each refused e-mail after its backoff, and at once what the batch gave back. */
async function queueFollowUps(outcomes: Map<number, DeliveryOutcome>) {
  const later = new Map<number, { id: number; status: string; attempts: number }[]>();
  for (const [id, outcome] of outcomes) {
    if (outcome.result !== 'retry' && outcome.result !== 'released') continue;
    const delayMs = outcome.result === 'retry' ? outcome.inMs : 0;
    later.set(delayMs, [...(later.get(delayMs) ?? []), { id, status: 'pending', attempts: outcome.attempts }]);
  }
  for (const [delayMs, emails] of later)
    await queueOutboxEmails(emails, { delayMs }).catch((error: unknown) =>
      logger.warn(
        { err: error, emailIds: emails.map((e) => e.id) },
        'could not queue the next attempt; the outbox recovery will',
      ),
    );
}

/**
 * Queues send jobs for the e-mails still pending, MAIL_BATCH_SIZE to a job, in one round trip;
 * the same batch already waiting is not queued twice (see SendEmailTask.jobId). Rows in two
 * waiting batches are harmless: the claim lets one sender have each. Call after the
 * transaction that wrote them commits.
 */
export async function queueOutboxEmails(
  emails: { id: number; status: string; attempts?: number }[],
  { delayMs = 0 }: { delayMs?: number } = {},
) {
  const pending = emails.filter((e) => e.status === 'pending').sort((a, b) => a.id - b.id);
  const batches = chunks(pending, env.MAIL_BATCH_SIZE);
  await sharedQueue(sendEmail.queue).addBulk(
    batches.map((batch) => ({
      name: sendEmail.name,
      data: sendEmail.parse({ emailIds: batch.map((email) => email.id) }),
      opts: { ...sendEmail.options, jobId: SendEmailTask.jobId(batch), delay: delayMs },
    })),
  );
  return pending.length;
}

/** Queues every due outbox e-mail (see dueOutboxEmails): the sweep's last step and the recovery. */
export async function queueDueEmails(): Promise<number> {
  const due = await dueOutboxEmails();
  return queueOutboxEmails(due.map((email) => ({ ...email, status: 'pending' })));
}
