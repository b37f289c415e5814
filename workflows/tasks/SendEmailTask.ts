// Sends one outbox e-mail; on the last attempt a failure marks the row failed with the error.
import type { Job } from 'bullmq';
import { z } from 'zod';
import { BaseTask } from './BaseTask.js';
import { sendOutboxEmail } from '../../server/mail/sendOutboxEmail.js';
import type { Queue } from 'bullmq';
import { generalQueue } from '../queues.js';

const schema = z.object({ emailId: z.number().int().positive() });

export class SendEmailTask extends BaseTask<typeof schema> {
  readonly name = 'send-email';
  readonly schema = schema;

  /** One job per outbox row: a second enqueue of the same row is ignored by BullMQ. */
  static jobId = (emailId: number) => `send-email-${emailId}`;

  async perform({ emailId }: z.output<typeof schema>, job?: Job) {
    const finalAttempt = job ? job.attemptsMade + 1 >= (job.opts.attempts ?? 1) : false;
    return { emailId, result: await sendOutboxEmail(emailId, { finalAttempt }) };
  }
}

const sendEmail = new SendEmailTask();

/**
 * Queues a send job for each e-mail still pending, in one round trip; job id = outbox id, so an
 * e-mail already queued is not queued twice. Call after the transaction that wrote them commits.
 */
export async function queueOutboxEmails(emails: { id: number; status: string }[], queue: Queue = generalQueue()) {
  const pending = emails.filter((e) => e.status === 'pending');
  await queue.addBulk(
    pending.map((email) => ({
      name: sendEmail.name,
      data: sendEmail.parse({ emailId: email.id }),
      opts: { ...sendEmail.options, jobId: SendEmailTask.jobId(email.id) },
    })),
  );
  return pending.length;
}
