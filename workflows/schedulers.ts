// Repeating jobs, declared with upsertJobScheduler so any number of processes can run this at
// start-up without creating duplicates.
import type { Queue } from 'bullmq';
import { RefreshDeadlineStatusesTask } from './tasks/RefreshDeadlineStatusesTask.js';

export async function upsertSchedulers(queue: Queue) {
  const refresh = new RefreshDeadlineStatusesTask();
  // Every night at 01:00 Oslo time, and once at start-up (immediately) so statuses are right at once.
  await queue.upsertJobScheduler(
    refresh.name,
    { pattern: '0 1 * * *', tz: 'Europe/Oslo', immediately: true },
    { name: refresh.name, data: {}, opts: refresh.options },
  );
}
