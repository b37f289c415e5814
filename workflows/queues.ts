// The queues. One general queue is enough for now; long-running work (PDF, mail) gets its own
// queue when it lands so it cannot hold up the rest.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { bullPrefix } from './connection.js';
import type { BaseTask } from './tasks/BaseTask.js';
import { createBullConnection } from './connection.js';

export const GENERAL_QUEUE = 'general';

export function createGeneralQueue(connection: Redis) {
  return new Queue(GENERAL_QUEUE, { connection, prefix: bullPrefix });
}

/** Enqueues a task. Call it after the transaction that prepared the work has committed. */
export async function enqueue<S extends z.ZodType>(queue: Queue, task: BaseTask<S>, props: z.input<S>, jobId?: string) {
  return queue.add(task.name, task.parse(props), { ...task.options, ...(jobId ? { jobId } : {}) });
}

let shared: { queue: Queue; connection: Redis } | null = null;

/** The general queue for code that enqueues from anywhere (routes, tasks); one per process. */
export function generalQueue(): Queue {
  if (!shared) {
    const connection = createBullConnection();
    shared = { queue: createGeneralQueue(connection), connection };
  }
  return shared.queue;
}

export async function closeGeneralQueue(): Promise<void> {
  const current = shared;
  shared = null;
  if (!current) return;
  await current.queue.close();
  await current.connection.quit();
}
