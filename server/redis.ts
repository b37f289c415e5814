// ioredis connections. BullMQ needs maxRetriesPerRequest: null on connections it blocks on;
// keys are namespaced by REDIS_PREFIX (BullMQ's own prefix option, since it forbids ioredis keyPrefix).
import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import { env } from './env.js';

export function createRedis(options: RedisOptions = {}): Redis {
  return new Redis(env.REDIS_URL, { lazyConnect: false, ...options });
}

/** Key prefix for everything this app keeps in Redis: `sd:sess:…`, `sd:rl:…`, BullMQ's `sd:bull:…`. */
export const redisKey = (...parts: string[]) => [env.REDIS_PREFIX, ...parts].join(':');

/** Deletes every key under a prefix (SCAN, never KEYS, so a shared Redis is not blocked). */
export async function deleteKeysWithPrefix(redis: Redis, prefix: string) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
