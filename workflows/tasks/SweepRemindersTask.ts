// The reminder sweep as a job (see server/reminders/sweep.ts): from the configured local hour on,
// writes today's reminders and their e-mails, then queues a send job per pending e-mail. Run by a
// Job Scheduler every 15 minutes; every run after the first of the day finds nothing new to write.
import type { Queue } from 'bullmq';
import { z } from 'zod';
import { TZDate } from '@date-fns/tz';
import { BaseTask } from './BaseTask.js';
import { queueOutboxEmails } from './SendEmailTask.js';
import { OSLO, osloToday } from '../../server/calendar.js';
import { env } from '../../server/env.js';
import { pendingOutboxIds, sweepReminders } from '../../server/reminders/sweep.js';
import { generalQueue } from '../queues.js';

const schema = z.object({
  /** For tests and catching up by hand: sweep this date, whatever the hour. */
  today: z.iso.date().optional(),
});

export class SweepRemindersTask extends BaseTask<typeof schema> {
  readonly name = 'sweep-reminders';
  readonly schema = schema;

  async perform({ today }: z.output<typeof schema>) {
    if (!today && new TZDate(new Date(), OSLO).getHours() < env.REMINDER_HOUR)
      return { skipped: 'before the sending hour' };
    const written = await sweepReminders(today ?? osloToday());
    const queued = await enqueuePendingEmails(generalQueue());
    return { ...written, queued };
  }
}

/**
 * Queues a send job for every outbox e-mail still pending. The outbox in the database is the
 * truth: if Redis lost its jobs (restarted without persistence), the next sweep queues them again,
 * and the job id (= outbox id) keeps a job from being queued twice while Redis still has it.
 */
export async function enqueuePendingEmails(queue: Queue): Promise<number> {
  const ids = await pendingOutboxIds();
  return queueOutboxEmails(
    ids.map((id) => ({ id, status: 'pending' })),
    queue,
  );
}
