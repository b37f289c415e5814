// Repeating jobs, declared with upsertJobScheduler so any number of processes can run this at
// start-up without creating duplicates.
import type { Queue } from 'bullmq';
import { RefreshDeadlineStatusesTask } from './tasks/RefreshDeadlineStatusesTask.js';
import { SweepRemindersTask } from './tasks/SweepRemindersTask.js';

export async function upsertSchedulers(queue: Queue) {
  const refresh = new RefreshDeadlineStatusesTask();
  // Every night at 01:00 Oslo time, and once at start-up (immediately) so statuses are right at once.
  await queue.upsertJobScheduler(
    refresh.name,
    { pattern: '0 1 * * *', tz: 'Europe/Oslo', immediately: true },
    { name: refresh.name, data: {}, opts: refresh.options },
  );
  const sweep = new SweepRemindersTask();
  // Every 15 minutes, the first run at once: the task itself waits for the sending hour
  // (REMINDER_HOUR, Oslo time).
  await queue.upsertJobScheduler(
    sweep.name,
    { every: 15 * 60 * 1000 },
    { name: sweep.name, data: {}, opts: sweep.options },
  );
}
