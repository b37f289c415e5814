// The BullMQ workers of a process: one Worker per queue (workflows/queues.ts), each with its own
// concurrency, so a bulk job busy for minutes never keeps an e-mail waiting. Each looks up the task
// by job name, validates the payload again and performs it. A worker process (npm run worker, npm
// start) also keeps the repeating jobs alive (keepSchedulers), so a Redis that restarted empty gets
// them back without restarting the API. closeWorker() is its shutdown: long tasks are asked (by
// their AbortSignal) to hand their job back.
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { bullPrefix } from './connection.js';
import { queueNames } from './queues.js';
import type { QueueName } from './queues.js';
import { keepSchedulers } from './schedulers.js';
import { taskByName } from './tasks/index.js';
import { logger } from '../server/logger.js';
import { env } from '../server/env.js';

/** Jobs one process runs at once on each queue (settings MAIL_CONCURRENCY …). */
export const defaultConcurrency = (): Record<QueueName, number> => ({
  mail: env.MAIL_CONCURRENCY,
  documents: env.DOCUMENT_CONCURRENCY,
  bulk: env.BULK_CONCURRENCY,
  maintenance: env.MAINTENANCE_CONCURRENCY,
});

function createQueueWorker(connection: Redis, name: QueueName, concurrency: number) {
  const worker = new Worker(
    name,
    // Three parameters: BullMQ passes the AbortSignal only to a processor that declares it.
    async (job, token, signal) => {
      const task = taskByName.get(job.name);
      if (!task) throw new Error(`No task named ${job.name}`);
      if (task.queue !== name) throw new Error(`${job.name} belongs on the ${task.queue} queue, not ${name}`);
      return task.perform(task.parse(job.data), job, { token, signal });
    },
    {
      connection,
      prefix: bullPrefix,
      concurrency,
      // A worker that dies holding a job loses its lock after this long; another worker then takes it over.
      lockDuration: env.WORKER_LOCK_MS,
      stalledInterval: env.WORKER_LOCK_MS,
    },
  );
  worker.on('failed', (job, error) =>
    logger.error({ queue: name, job: job?.name, jobId: job?.id, err: error }, 'job failed'),
  );
  worker.on('completed', (job, result) =>
    logger.debug({ queue: name, job: job.name, jobId: job.id, result }, 'job done'),
  );
  return worker;
}

/** The workers of one process, one per queue. */
export class QueueWorkers {
  constructor(
    readonly workers: ReadonlyMap<QueueName, Worker>,
    private readonly onClose: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** Closes every worker, waiting for its running jobs to finish (closeWorker for a shutdown). */
  async close(): Promise<void> {
    const stopping = this.onClose();
    await Promise.all([...this.workers.values()].map((worker) => worker.close()));
    await stopping;
  }
}

export interface WorkerOptions {
  /** Per queue; a number sets every queue. Unset: the settings (defaultConcurrency). */
  concurrency?: number | Partial<Record<QueueName, number>>;
  /** Only these queues (tests); all of them by default. */
  queues?: readonly QueueName[];
  keepSchedulers?: boolean;
}

export function createWorker(connection: Redis, options: WorkerOptions = {}): QueueWorkers {
  const defaults = defaultConcurrency();
  const concurrencyOf = (name: QueueName) =>
    typeof options.concurrency === 'number' ? options.concurrency : (options.concurrency?.[name] ?? defaults[name]);
  const workers = new Map(
    (options.queues ?? queueNames).map((name) => [name, createQueueWorker(connection, name, concurrencyOf(name))]),
  );
  if (!options.keepSchedulers) return new QueueWorkers(workers);
  const stopKeeping = keepSchedulers(connection);
  return new QueueWorkers(workers, stopKeeping);
}

/**
 * Closes a process's workers within a shutdown's grace period: they take no new job, every running
 * job's signal is aborted (long tasks then move their job back to waiting between two letters, for
 * another worker to resume at once; short ones just finish), and it resolves once they have.
 */
export async function closeWorker(workers: QueueWorkers): Promise<void> {
  const all = [...workers.workers.values()];
  const closing = workers.close();
  // Again until closed, for a job fetched in the moment close() began.
  const cancel = () => all.forEach((worker) => worker.cancelAllJobs('shutdown'));
  cancel();
  const timer = setInterval(cancel, 200);
  try {
    await closing;
  } finally {
    clearInterval(timer);
  }
}
