// Sends one outbox e-mail (server/mail/outboxDelivery.ts). The outbox row, not the job, remembers
// attempts and backoff: a refused attempt queues the next one as a delayed job of its own, and
// whatever the queue loses, QueueDueEmailsTask finds again in the outbox.
import { z } from 'zod';
import { BaseTask, defaultTaskOptions } from './BaseTask.js';
import { deliverOutboxEmail } from '../../server/mail/outboxDelivery.js';
import { dueOutboxEmails } from '../../server/mail/dueEmails.js';
import { sharedQueue } from '../queues.js';
import { logger } from '../../server/logger.js';

const schema = z.object({ emailId: z.number().int().positive() });

export class SendEmailTask extends BaseTask<typeof schema> {
  readonly name = 'send-email';
  readonly schema = schema;
  readonly queue = 'mail' as const;
  // A job that throws (the database away at the claim) is retried a few times and then dropped:
  // the row is still due, and the next look at the outbox queues it under a new id. Finished jobs
  // go at once, so that look can always queue a row again.
  override readonly options = { ...defaultTaskOptions, attempts: 3, removeOnComplete: true, removeOnFail: true };

  /** One job per outbox row and attempt: the same attempt is never queued twice. */
  static jobId = (emailId: number, attempts: number) => `send-email-${emailId}-${attempts}`;

  async perform({ emailId }: z.output<typeof schema>) {
    const outcome = await deliverOutboxEmail(emailId);
    if (outcome.result === 'retry') {
      await queueOutboxEmails([{ id: emailId, status: 'pending', attempts: outcome.attempts }], {
        delayMs: outcome.inMs,
      }).catch((error: unknown) =>
        logger.warn({ err: error, emailId }, 'could not queue the next attempt; the outbox recovery will'),
      );
    }
    return { emailId, ...outcome };
  }
}

const sendEmail = new SendEmailTask();

/**
 * Queues a send job for each e-mail still pending, in one round trip; the job id names the row and
 * its attempt, so an e-mail already queued for that attempt is not queued twice. Call after the
 * transaction that wrote them commits.
 */
export async function queueOutboxEmails(
  emails: { id: number; status: string; attempts?: number }[],
  { delayMs = 0 }: { delayMs?: number } = {},
) {
  const pending = emails.filter((e) => e.status === 'pending');
  await sharedQueue(sendEmail.queue).addBulk(
    pending.map((email) => ({
      name: sendEmail.name,
      data: sendEmail.parse({ emailId: email.id }),
      opts: { ...sendEmail.options, jobId: SendEmailTask.jobId(email.id, email.attempts ?? 0), delay: delayMs },
    })),
  );
  return pending.length;
}

/** Queues every due outbox e-mail (see dueOutboxEmails): the sweep's last step and the recovery. */
export async function queueDueEmails(): Promise<number> {
  const due = await dueOutboxEmails();
  return queueOutboxEmails(due.map((email) => ({ ...email, status: 'pending' })));
}
