// The queues. One general queue is enough for now; long-running work (PDF, mail) gets its own
// queue when it lands so it cannot hold up the rest.
//
// Producers fail fast: the shared queue's connection has no offline queue (BullMQ's advice for
// Queue instances; Workers keep waiting, see connection.ts), and a queue whose connection is not
// up is refused at once with RedisUnavailableError instead of waiting for Redis to come back.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { bullPrefix } from './connection.js';
import type { BaseTask } from './tasks/BaseTask.js';
import { assertRedisReady, closeRedis, createRedis, failFastRedisOptions } from '../server/redis.js';
import { logger } from '../server/logger.js';
import { unavailableDependency } from '../server/availability.js';

export const GENERAL_QUEUE = 'general';

export function createGeneralQueue(connection: Redis) {
  return new Queue(GENERAL_QUEUE, { connection, prefix: bullPrefix });
}

/** Enqueues a task. Call it after the transaction that prepared the work has committed. */
export async function enqueue<S extends z.ZodType>(queue: Queue, task: BaseTask<S>, props: z.input<S>, jobId?: string) {
  return queue.add(task.name, task.parse(props), { ...task.options, ...(jobId ? { jobId } : {}) });
}

interface SharedQueue {
  queue: Queue;
  connection: Redis;
}

let shared: SharedQueue | null = null;

function openShared(connection: Redis): SharedQueue {
  const queue = createGeneralQueue(connection);
  const current = { queue, connection };
  // Connection trouble is logged by the connection itself (server/redis.ts).
  queue.on('error', (error) => logger.debug({ err: error }, 'general queue error'));
  // BullMQ keeps a failed start (Redis gone between connecting and its version check) for good;
  // drop such a queue so the next use opens a fresh one.
  queue.waitUntilReady().catch(() => {
    if (shared !== current) return;
    shared = null;
    void queue.close().catch(() => undefined);
    connection.disconnect();
  });
  return current;
}

/** The general queue for code that enqueues from anywhere (routes, tasks); one per process. */
export function generalQueue(): Queue {
  shared ??= openShared(createRedis({ ...failFastRedisOptions, connectionName: 'producer' }));
  return shared.queue;
}

/**
 * The general queue for work a request waits on: RedisUnavailableError at once (answered 503)
 * while its connection is down, where BullMQ would otherwise wait for Redis to come back.
 */
export function readyGeneralQueue(): Queue {
  const queue = generalQueue();
  assertRedisReady(shared!.connection, 'job queue');
  return queue;
}

/**
 * Queues the follow-up of a write that has already committed (a letter's issue-letter job, the
 * e-mails a change wrote to the outbox, the meeting pack). Redis being down must not turn that
 * committed write into an error or a hang, so a Redis failure is logged as a warning and
 * swallowed; other errors (bugs) are thrown. Returns whether the work was queued.
 *
 * What is not queued here is picked up again later: a periodic recovery (in progress, another
 * change) re-queues pending outbox e-mails and issued letters without a stored document. NOTE: a
 * final agenda without its stored pack is not covered by that recovery yet; reopening and
 * finalising the agenda again queues it.
 */
export async function enqueueAfterCommit(
  what: string,
  work: (queue: Queue) => Promise<unknown>,
  context: Record<string, unknown> = {},
): Promise<boolean> {
  try {
    await work(readyGeneralQueue());
    return true;
  } catch (error) {
    if (unavailableDependency(error) !== 'redis') throw error;
    logger.warn({ ...context, err: error }, `Redis unavailable: ${what} not queued (the write is committed)`);
    return false;
  }
}

/**
 * Points the shared queue at another Redis connection until the returned function puts the
 * previous one back (tests of a Redis that fails while the rest of the app keeps working).
 */
export function useGeneralQueueConnection(connection: Redis): () => Promise<void> {
  const previous = shared;
  const replacement = openShared(connection);
  shared = replacement;
  return async () => {
    if (shared === replacement) shared = previous;
    await replacement.queue.close().catch(() => undefined);
    replacement.connection.disconnect();
  };
}

export async function closeGeneralQueue(): Promise<void> {
  const current = shared;
  shared = null;
  if (!current) return;
  await current.queue.close();
  await closeRedis(current.connection);
}
