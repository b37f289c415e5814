// Every MAIL_RECOVERY_EVERY_MS, whatever the hour: queue the outbox e-mails that are due and may
// have no live job — Redis restarted empty, a worker died holding one, a job was dropped while the
// database was away. Job ids (the batch's rows and attempts) keep a waiting batch from being queued twice.
import { z } from 'zod';
import { BaseTask } from './BaseTask.js';
import { queueDueEmails } from './SendEmailTask.js';

const schema = z.object({});

export class QueueDueEmailsTask extends BaseTask<typeof schema> {
  readonly name = 'queue-due-emails';
  readonly schema = schema;
  readonly queue = 'mail' as const;

  async perform() {
    return { queued: await queueDueEmails() };
  }
}
