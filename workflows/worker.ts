// The BullMQ worker: looks up the task by job name, validates the payload again and performs it.
// A worker process (npm run worker, npm start) also keeps the repeating jobs alive
// (keepSchedulers), so a Redis that restarted empty gets them back without restarting the API.
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
    async (job) => {
      const task = taskByName.get(job.name);
      if (!task) throw new Error(`No task named ${job.name}`);
      return task.perform(task.parse(job.data), job);
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
