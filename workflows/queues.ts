// The queues, one per kind of work, so a long job of one kind never holds up another: a bulk issue
// (minutes of PDF rendering) cannot delay a reminder e-mail. Each task names its queue
// (BaseTask.queue); the worker process runs one BullMQ Worker per queue with its own concurrency
// (worker.ts).
//
// Producers fail fast: the shared producer queues' one connection has no offline queue (BullMQ's
// advice for Queue instances; Workers keep waiting, see connection.ts), and a queue whose
// connection is not up is refused at once with RedisUnavailableError instead of waiting for Redis
// to come back. Only a connection opened a moment ago is given its first attempt to connect.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { bullPrefix } from './connection.js';
import type { BaseTask } from './tasks/BaseTask.js';
import {
  closeRedis,
  createRedis,
  ensureRedisReady,
  failFastRedisOptions,
  RedisUnavailableError,
} from '../server/redis.js';
import { logger } from '../server/logger.js';
import { unavailableDependency } from '../server/availability.js';

/**
 * - `mail`: send-email and queue-due-emails (the outbox recovery); short and many.
 * - `documents`: one letter's or meeting's PDF (issue-letter, store-meeting-pack) and their recovery.
 * - `bulk`: every letter of a year at once (render-letters, issue-approved-letters); minutes long.
 * - `maintenance`: the nightly deadline statuses and the reminder sweep.
 */
export const queueNames = ['mail', 'documents', 'bulk', 'maintenance'] as const;
export type QueueName = (typeof queueNames)[number];

export function createQueue(name: QueueName, connection: Redis) {
  return new Queue(name, { connection, prefix: bullPrefix });
}

interface Producer {
  connection: Redis;
  queues: Map<QueueName, Queue>;
}

let shared: Producer | null = null;
/**
 * Set once the process has closed its queues (shutdown, the end of a test run). A late enqueue (a
 * request still finishing) must not open a new connection that keeps the process alive: it fails
 * as Redis being unavailable, which enqueueAfterCommit logs and the recovery tasks make good.
 */
let released = false;

function dropProducer(producer: Producer) {
  if (shared === producer) shared = null;
  for (const queue of producer.queues.values()) void queue.close().catch(() => undefined);
  producer.connection.disconnect();
}

function openQueue(producer: Producer, name: QueueName): Queue {
  const queue = createQueue(name, producer.connection);
  producer.queues.set(name, queue);
  // Connection trouble is logged by the connection itself (server/redis.ts).
  queue.on('error', (error) => logger.debug({ err: error, queue: name }, 'queue error'));
  // BullMQ keeps a failed start (Redis gone between connecting and its version check) for good;
  // drop such a producer (its connection and queues) so the next use opens a fresh one.
  queue.waitUntilReady().catch(() => {
    if (shared === producer) dropProducer(producer);
  });
  return queue;
}

function producer(): Producer {
  if (released) throw new RedisUnavailableError('the job queues are closed: the process is shutting down');
  shared ??= { connection: createRedis({ ...failFastRedisOptions, connectionName: 'producer' }), queues: new Map() };
  return shared;
}

/** A queue for code that enqueues from anywhere (routes, tasks); one per name and process, on one connection. */
export function sharedQueue(name: QueueName): Queue {
  const current = producer();
  return current.queues.get(name) ?? openQueue(current, name);
}

/** Every queue, as the queue board shows them. */
export const sharedQueues = (): Queue[] => queueNames.map(sharedQueue);

/**
 * A queue for work a request waits on: RedisUnavailableError at once (answered 503) while the
 * producer connection is down, where BullMQ would otherwise wait for Redis to come back (a
 * connection still making its first attempt is waited for: see ensureRedisReady).
 */
export async function readyQueue(name: QueueName): Promise<Queue> {
  const queue = sharedQueue(name);
  await ensureRedisReady(shared!.connection, 'job queue');
  return queue;
}

/** Enqueues a task on its own queue. Call it after the transaction that prepared the work has committed. */
export async function enqueue<S extends z.ZodType>(task: BaseTask<S>, props: z.input<S>, jobId?: string) {
  return sharedQueue(task.queue).add(task.name, task.parse(props), { ...task.options, ...(jobId ? { jobId } : {}) });
}

/**
 * Queues the follow-up of a write that has already committed (a letter's issue-letter job, the
 * e-mails a change wrote to the outbox, the meeting pack). Redis being down must not turn that
 * committed write into an error or a hang, so a Redis failure is logged as a warning and
 * swallowed; other errors (bugs) are thrown. Returns whether the work was queued.
 *
 * What is not queued here is picked up again later: the periodic recoveries (QueueDueEmailsTask,
 * RecoverDocumentJobsTask) re-queue pending outbox e-mails, issued letters without a stored
 * document and final agendas without their stored pack.
 */
export async function enqueueAfterCommit(
  what: string,
  work: () => Promise<unknown>,
  context: Record<string, unknown> = {},
): Promise<boolean> {
  try {
    await ensureRedisReady(producer().connection, 'job queue');
    await work();
    return true;
  } catch (error) {
    if (unavailableDependency(error) !== 'redis') throw error;
    logger.warn({ ...context, err: error }, `Redis unavailable: ${what} not queued (the write is committed)`);
    return false;
  }
}

/**
 * Points the shared queues at another Redis connection until the returned function puts the
 * previous ones back (tests of a Redis that fails while the rest of the app keeps working).
 */
export function useProducerConnection(connection: Redis): () => Promise<void> {
  const previous = shared;
  const replacement: Producer = { connection, queues: new Map() };
  shared = replacement;
  return async () => {
    if (shared === replacement) shared = previous;
    await Promise.all([...replacement.queues.values()].map((queue) => queue.close().catch(() => undefined)));
    replacement.connection.disconnect();
  };
}

export async function closeSharedQueues(): Promise<void> {
  released = true;
  const current = shared;
  shared = null;
  if (!current) return;
  await Promise.all([...current.queues.values()].map((queue) => queue.close()));
  await closeRedis(current.connection);
}

/** Queues on a given connection, opened on first use (a worker process's schedulers, start-up). */
export class QueueSet {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly connection: Redis) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = createQueue(name, this.connection);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }
}
