// Redis connections for BullMQ. Workers block on Redis, so their connections must not give up
// on a command (maxRetriesPerRequest: null) and keep ioredis' offline queue, waiting out a Redis
// restart; BullMQ namespaces its keys with `prefix`. Producers in a request fail fast instead
// (queues.ts).
import type { Redis } from 'ioredis';
import { createRedis, redisKey } from '../server/redis.js';

export const bullPrefix = redisKey('bull');

export function createBullConnection(): Redis {
  return createRedis({ maxRetriesPerRequest: null, connectionName: 'bullmq' });
}
