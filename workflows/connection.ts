// Redis connections for BullMQ. Workers block on Redis, so their connections must not give up
// on a command (maxRetriesPerRequest: null); BullMQ namespaces its keys with `prefix`.
import type { Redis } from 'ioredis';
import { createRedis, redisKey } from '../server/redis.js';

export const bullPrefix = redisKey('bull');

export function createBullConnection(): Redis {
  return createRedis({ maxRetriesPerRequest: null });
}
