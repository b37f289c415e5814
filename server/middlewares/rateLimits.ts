// Login attempts are limited per e-mail address and client address, counted in Redis so that every
// API process shares the same count.
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import type { Request } from 'express';
import { env } from '../env.js';
import { redisKey } from '../redis.js';
import { TooManyRequests } from '../errors.js';

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
    store: new RedisStore({
      prefix: `${redisKey('rl', 'login')}:`,
      sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as never,
    }),
    handler: (_req, _res, next) =>
      next(TooManyRequests(`Too many login attempts. Try again in ${env.LOGIN_RATE_WINDOW_MINUTES} minutes.`)),
  });
}
