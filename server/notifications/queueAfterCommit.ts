// Queues the e-mails a step's notices wrote, once its transaction has committed: with Redis down
// they wait in the outbox for the recovery, and the step is still a success.
import type { OutboxEmail } from '../models/index.js';
import { enqueueAfterCommit } from '../../workflows/queues.js';
import { queueOutboxEmails } from '../../workflows/tasks/SendEmailTask.js';

export async function queueAfterCommit(emails: OutboxEmail[], context: Record<string, unknown> = {}) {
  if (!emails.length) return false;
  return enqueueAfterCommit('notification e-mails', () => queueOutboxEmails(emails), {
    ...context,
    emailIds: emails.map((email) => email.id),
  });
}
