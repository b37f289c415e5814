// The BullMQ worker: looks up the task by job name, validates the payload again and performs it.
// A worker process (npm run worker, npm start) also keeps the repeating jobs alive
// (keepSchedulers), so a Redis that restarted empty gets them back without restarting the API.
// closeWorker() is its shutdown: long tasks are asked (by their AbortSignal) to hand their job back.
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { bullPrefix } from './connection.js';
import { GENERAL_QUEUE, createGeneralQueue } from './queues.js';
import { keepSchedulers } from './schedulers.js';
import { taskByName } from './tasks/index.js';
import { logger } from '../server/logger.js';
import { env } from '../server/env.js';

export function createWorker(connection: Redis, options: { concurrency?: number; keepSchedulers?: boolean } = {}) {
  const worker = new Worker(
    GENERAL_QUEUE,
    // Three parameters: BullMQ passes the AbortSignal only to a processor that declares it.
    async (job, token, signal) => {
      const task = taskByName.get(job.name);
      if (!task) throw new Error(`No task named ${job.name}`);
      return task.perform(task.parse(job.data), job, { token, signal });
    },
    {
      connection,
      prefix: bullPrefix,
      concurrency: options.concurrency ?? env.WORKER_CONCURRENCY,
      // A worker that dies holding a job loses its lock after this long; another worker then takes it over.
      lockDuration: env.WORKER_LOCK_MS,
      stalledInterval: env.WORKER_LOCK_MS,
    },
  );
  if (options.keepSchedulers) {
    const queue = createGeneralQueue(connection);
    const stopKeeping = keepSchedulers(queue);
    worker.on('closing', () => {
      stopKeeping();
      void queue.close();
    });
  }
  worker.on('failed', (job, error) => logger.error({ job: job?.name, jobId: job?.id, err: error }, 'job failed'));
  worker.on('completed', (job, result) => logger.debug({ job: job.name, jobId: job.id, result }, 'job done'));
  return worker;
}

/**
 * Closes a worker within a shutdown's grace period: it takes no new job, every running job's
 * signal is aborted (long tasks then move their job back to waiting between two letters, for
 * another worker to resume at once; short ones just finish), and it resolves once they have.
 */
export async function closeWorker(worker: Worker): Promise<void> {
  const closing = worker.close();
  // Again until closed, for a job fetched in the moment close() began.
  const cancel = () => worker.cancelAllJobs('shutdown');
  cancel();
  const timer = setInterval(cancel, 200);
  try {
    await closing;
  } finally {
    clearInterval(timer);
  }
}
