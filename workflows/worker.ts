// The BullMQ worker: looks up the task by job name, validates the payload again and performs it.
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { bullPrefix } from './connection.js';
import { GENERAL_QUEUE } from './queues.js';
import { taskByName } from './tasks/index.js';
import { logger } from '../server/logger.js';

export function createWorker(connection: Redis, options: { concurrency?: number } = {}) {
  const worker = new Worker(
    GENERAL_QUEUE,
    async (job) => {
      const task = taskByName.get(job.name);
      if (!task) throw new Error(`No task named ${job.name}`);
      return task.perform(task.parse(job.data), job);
    },
    { connection, prefix: bullPrefix, concurrency: options.concurrency ?? 4 },
  );
  worker.on('failed', (job, error) => logger.error({ job: job?.name, jobId: job?.id, err: error }, 'job failed'));
  worker.on('completed', (job, result) => logger.debug({ job: job.name, jobId: job.id, result }, 'job done'));
  return worker;
}
