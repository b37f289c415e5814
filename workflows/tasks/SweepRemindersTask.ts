// The reminder sweep as a job (see server/reminders/sweep.ts): from the configured local hour on,
// writes today's reminders and their e-mails and the notification digests, then queues a send job per due e-mail. Run by a
// Job Scheduler every 15 minutes; every run after the first of the day finds nothing new to write.
// E-mails already written go out at any hour: QueueDueEmailsTask does not wait for the sending hour.
import { z } from 'zod';
import { TZDate } from '@date-fns/tz';
import { BaseTask } from './BaseTask.js';
import { queueDueEmails } from './SendEmailTask.js';
import { OSLO, osloToday, startOfOsloDay } from '../../server/calendar.js';
import { writeNotificationDigests } from '../../server/notifications/digest.js';
import { env } from '../../server/env.js';
import { sweepReminders } from '../../server/reminders/sweep.js';

const schema = z.object({
  /** For tests and catching up by hand: sweep this date, whatever the hour. */
  today: z.iso.date().optional(),
});

export class SweepRemindersTask extends BaseTask<typeof schema> {
  readonly name = 'sweep-reminders';
  readonly schema = schema;
  readonly queue = 'maintenance' as const;

  async perform({ today }: z.output<typeof schema>) {
    if (!today && new TZDate(new Date(), OSLO).getHours() < env.REMINDER_HOUR)
      return { skipped: 'before the sending hour' };
    const written = await sweepReminders(today ?? osloToday());
    // Yesterday's (and older) notifications to people who chose the digest: one summary each (on
    // the real date only: a sweep of another date is a catch-up of that date's reminders).
    const digests = today ? 0 : await writeNotificationDigests(startOfOsloDay());
    const queued = await queueDueEmails();
    return { ...written, digests, queued };
  }
}
