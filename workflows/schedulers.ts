// Repeating jobs, declared with upsertJobScheduler on their task's queue so any number of processes
// can run this at start-up without creating duplicates. Every worker also checks now and then that they still
// exist (keepSchedulers): a Redis restarted without persistence has forgotten them, and nothing
// else would bring them back until an API process restarts.
import type { Redis } from 'ioredis';
import { QueueSet } from './queues.js';
import { env } from '../server/env.js';
import { logger } from '../server/logger.js';
import { RefreshDeadlineStatusesTask } from './tasks/RefreshDeadlineStatusesTask.js';
import { SweepRemindersTask } from './tasks/SweepRemindersTask.js';
import { QueueDueEmailsTask } from './tasks/QueueDueEmailsTask.js';
import { RecoverDocumentJobsTask } from './tasks/RecoverDocumentJobsTask.js';

const refresh = new RefreshDeadlineStatusesTask();
const sweep = new SweepRemindersTask();
const queueDueEmails = new QueueDueEmailsTask();
const recoverDocumentJobs = new RecoverDocumentJobsTask();

const schedulers = () => [
  // Every night at 01:00 Oslo time, and once at start-up (immediately) so statuses are right at once.
  {
    task: refresh,
    repeat: { pattern: '0 1 * * *', tz: 'Europe/Oslo', immediately: true },
  },
  // Every 15 minutes, the first run at once: the task itself waits for the sending hour
  // (REMINDER_HOUR, Oslo time).
  { task: sweep, repeat: { every: 15 * 60 * 1000 } },
  // E-mails that are due and may have lost their job, at any hour.
  { task: queueDueEmails, repeat: { every: env.MAIL_RECOVERY_EVERY_MS } },
  // Issued letters and final agendas whose document job the queue lost.
  { task: recoverDocumentJobs, repeat: { every: env.MAIL_RECOVERY_EVERY_MS } },
];

export async function upsertSchedulers(queues: QueueSet) {
  for (const { task, repeat } of schedulers())
    await queues
      .get(task.queue)
      .upsertJobScheduler(task.name, repeat, { name: task.name, data: {}, opts: task.options });
}

/** Creates the schedulers that are missing (all of them after Redis lost its data); returns their names. */
export async function restoreMissingSchedulers(queues: QueueSet): Promise<string[]> {
  const missing: string[] = [];
  for (const { task, repeat } of schedulers()) {
    const queue = queues.get(task.queue);
    if (await queue.getJobScheduler(task.name)) continue;
    await queue.upsertJobScheduler(task.name, repeat, { name: task.name, data: {}, opts: task.options });
    missing.push(task.name);
  }
  return missing;
}

/**
 * Checks every SCHEDULER_CHECK_MS (and at once) that the schedulers exist, through queues on the
 * given connection; returns a function that stops and closes them.
 */
export function keepSchedulers(connection: Redis): () => Promise<void> {
  const queues = new QueueSet(connection);
  let running = false;
  let upserted = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      // At start every scheduler is declared (a changed setting takes effect); after that only
      // missing ones are made again, so a check never moves a schedule that is running.
      if (!upserted) {
        await upsertSchedulers(queues);
        upserted = true;
        return;
      }
      const restored = await restoreMissingSchedulers(queues);
      if (restored.length) logger.warn({ restored }, 'repeating jobs were missing and are scheduled again');
    } catch (error) {
      logger.warn({ err: error }, 'could not check the repeating jobs; trying again later');
    } finally {
      running = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), env.SCHEDULER_CHECK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await queues.close().catch(() => undefined);
  };
}
