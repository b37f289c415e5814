// Login attempts are limited per e-mail address and client address, counted in Redis so that every
// API process shares the same count. While Redis is down a login answers 503.
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import type { Request } from 'express';
import { env } from '../env.js';
import { redisKey } from '../redis.js';
import { TooManyRequests } from '../errors.js';
import { logger } from '../logger.js';

/**
 * rate-limit-redis keeps the promise of each script's SHA1 and awaits it before every count. A load
 * that failed because Redis was down (at start-up, or reloading after a Redis restart) would stay
 * rejected, and every later login would fail until the API restarts; this store loads it again.
 * With Redis down the count fails and the login is answered 503 (fail closed, never unlimited).
 */
class RecoveringRedisStore extends RedisStore {
  private readonly failedLoads = new WeakSet<Promise<string>>();

  private watch(load: Promise<string>): Promise<string> {
    load.catch(() => this.failedLoads.add(load));
    return load;
  }

  override loadIncrementScript(key?: string) {
    return this.watch(super.loadIncrementScript(key));
  }

  override loadGetScript(key?: string) {
    return this.watch(super.loadGetScript(key));
  }

  override increment(key: string) {
    if (this.failedLoads.has(this.incrementScriptSha)) this.incrementScriptSha = this.loadIncrementScript();
    return super.increment(key);
  }

  override get(key: string) {
    if (this.failedLoads.has(this.getScriptSha)) this.getScriptSha = this.loadGetScript();
    return super.get(key);
  }
}

export function loginRateLimit(redis: Redis) {
  const windowMs = env.LOGIN_RATE_WINDOW_MINUTES * 60_000;
  return rateLimit({
    windowMs,
    limit: env.LOGIN_RATE_LIMIT,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req: Request) => {
      const body = req.body as { email?: unknown } | undefined;
      const email = typeof body?.email === 'string' ? body.email : '';
      return `${ipKeyGenerator(req.ip ?? '')}:${email.trim().toLowerCase()}`;
    },
    store: new RecoveringRedisStore({
      prefix: `${redisKey('rl', 'login')}:`,
      sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as never,
    }),
    // Into the app's log (a store that cannot load its scripts while Redis is down, say).
    logger: {
      error: (error, message) => logger.warn({ err: error }, message ?? 'login rate limit error'),
      warn: (error, message) => logger.warn({ err: error }, message ?? 'login rate limit warning'),
    },
    handler: (_req, _res, next) =>
      next(TooManyRequests(`Too many login attempts. Try again in ${env.LOGIN_RATE_WINDOW_MINUTES} minutes.`)),
  });
}
