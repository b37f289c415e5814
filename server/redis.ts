// ioredis connections. BullMQ needs maxRetriesPerRequest: null on connections it blocks on;
// keys are namespaced by REDIS_PREFIX (BullMQ's own prefix option, since it forbids ioredis keyPrefix).
// Connections a request waits on (sessions, the login limit, queueing jobs) fail fast instead:
// see failFastRedisOptions.
import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import { env } from './env.js';
import { logger } from './logger.js';

/**
 * For connections a request waits on. ioredis by default keeps commands in an offline queue while
 * disconnected and retries each 20 times (~12 s); here a command fails at once while Redis is
 * unreachable (no offline queue; BullMQ's advice for Queue/producer connections, never for
 * Workers), a command already sent is given up after one reconnection attempt or REDIS_TIMEOUT_MS,
 * and the connection keeps reconnecting in the background, so the API recovers by itself.
 */
export const failFastRedisOptions: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: env.REDIS_TIMEOUT_MS,
  commandTimeout: env.REDIS_TIMEOUT_MS,
};

/**
 * Connections whose first attempt to connect has ended, up or failed. One that is not here is still
 * making that attempt (it was opened a moment ago); every other one that is not ready is down.
 */
const firstAttemptEnded = new WeakSet<Redis>();

export function createRedis(options: RedisOptions = {}, url = env.REDIS_URL): Redis {
  const redis = new Redis(url, { lazyConnect: false, ...options });
  // Without a listener ioredis prints every failed reconnection; log the changes of state instead.
  let lost = false;
  redis.on('error', (error: Error) => logger.debug({ err: error }, 'redis connection error'));
  redis.on('close', () => {
    firstAttemptEnded.add(redis);
    if (!lost && redis.status !== 'end') logger.warn({ name: options.connectionName }, 'redis connection lost');
    lost = true;
  });
  redis.on('ready', () => {
    firstAttemptEnded.add(redis);
    if (lost) logger.info({ name: options.connectionName }, 'redis connection back');
    lost = false;
  });
  return redis;
}

/** A connection for the API's requests (sessions, login limit, health): fails fast while Redis is down. */
export const createApiRedis = (url = env.REDIS_URL) =>
  createRedis({ ...failFastRedisOptions, connectionName: 'api' }, url);

/** Thrown instead of waiting when a connection is not up; answered as 503 (see server/availability.ts). */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

export function assertRedisReady(redis: Redis, what: string): void {
  if (redis.status !== 'ready') throw new RedisUnavailableError(`Redis is not reachable (${what}: ${redis.status})`);
}

/**
 * As assertRedisReady, but a connection still making its first attempt to connect (opened by this
 * very call, say, the first job a process queues) is waited for until that attempt ends, at most
 * REDIS_TIMEOUT_MS. A connection that was up and is lost, or whose first attempt failed, fails at once.
 */
export async function ensureRedisReady(redis: Redis, what: string): Promise<void> {
  if (redis.status !== 'ready' && redis.status !== 'end' && !firstAttemptEnded.has(redis))
    await new Promise<void>((resolve) => {
      const events = ['ready', 'close', 'end'] as const;
      const done = () => {
        clearTimeout(timer);
        for (const event of events) redis.off(event, done);
        resolve();
      };
      const timer = setTimeout(done, env.REDIS_TIMEOUT_MS);
      for (const event of events) redis.once(event, done);
    });
  assertRedisReady(redis, what);
}

/** Resolves once the connection is ready (start-up, where there is nothing to do without Redis). */
export function waitForRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => redis.once('ready', () => resolve()));
}

/** Closes a connection: QUIT when it is up, else at once (a fail-fast connection refuses QUIT offline). */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  else redis.disconnect();
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
