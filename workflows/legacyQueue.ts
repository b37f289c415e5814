// Until issue 15 every job went to one queue named `general`. At start-up (server/main.ts) what a
// Redis still holds there moves to the queues by kind of work: its repeating jobs and their runs
// are dropped (they are scheduled on their task's queue now), and each job not yet running goes to its task's queue
// under the same id, with its progress (the bulk tasks' checkpoint), so GET /api/jobs/:id keeps
// following it. A job is taken off `general` before it is added again, so an old worker that takes
// it meanwhile is the only one to run it; what is lost if this process dies in between, the
// outbox and document recoveries queue again. Jobs an old worker is running finish there.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { bullPrefix } from './connection.js';
import type { QueueSet } from './queues.js';
import { taskByName } from './tasks/index.js';
import { logger } from '../server/logger.js';

export const LEGACY_QUEUE = 'general';

export async function retireLegacyQueue(connection: Redis, queues: QueueSet): Promise<{ moved: number }> {
  const legacy = new Queue(LEGACY_QUEUE, { connection, prefix: bullPrefix });
  try {
    for (const scheduler of await legacy.getJobSchedulers()) await legacy.removeJobScheduler(scheduler.key);
    let moved = 0;
    for (const job of await legacy.getJobs(['waiting', 'prioritized', 'delayed'])) {
      const task = taskByName.get(job.name);
      if (!task || !job.id) continue;
      // A run of an old repeating job: its scheduler on the task's queue makes its own.
      if (job.repeatJobKey || job.id.startsWith('repeat:')) {
        await job.remove().catch(() => undefined);
        continue;
      }
      const removed = await job.remove().then(
        () => true,
        () => false, // taken by an old worker meanwhile: it runs there
      );
      if (!removed) continue;
      const delay = Math.max(0, job.timestamp + (job.delay ?? 0) - Date.now());
      const added = await queues.get(task.queue).add(job.name, job.data, { ...task.options, jobId: job.id, delay });
      if (typeof job.progress === 'object' && job.progress !== null) await added.updateProgress(job.progress);
      moved += 1;
    }
    if (moved) logger.info({ moved, from: LEGACY_QUEUE }, 'jobs moved to the queues by kind of work');
    return { moved };
  } finally {
    await legacy.close();
  }
}
