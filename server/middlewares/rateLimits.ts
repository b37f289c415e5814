// Login attempts are limited twice, counted in Redis so that every API process shares the counts:
// per client address and e-mail address (LOGIN_RATE_LIMIT: guessing one account's password), and
// per client address alone (LOGIN_ADDRESS_RATE_LIMIT failed attempts: one address trying many
// accounts). Both count within LOGIN_RATE_WINDOW_MINUTES.
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { RateLimitRequestHandler } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import type { Request } from 'express';
import { env } from '../env.js';
import type { Env } from '../env.js';
import { redisKey } from '../redis.js';
import { TooManyRequests } from '../errors.js';

type LimitSettings = Pick<Env, 'LOGIN_RATE_LIMIT' | 'LOGIN_ADDRESS_RATE_LIMIT' | 'LOGIN_RATE_WINDOW_MINUTES'>;

const clientAddress = (req: Request) => ipKeyGenerator(req.ip ?? '');

/** The two login limits, per address first; `keyPrefix` lets a test count apart from the app. */
export function loginRateLimits(
  redis: Redis,
  settings: LimitSettings = env,
  keyPrefix = redisKey('rl'),
): RateLimitRequestHandler[] {
  const limiter = (
    name: string,
    limit: number,
    keyGenerator: (req: Request) => string,
    extra: { skipSuccessfulRequests?: boolean },
  ) =>
    rateLimit({
      windowMs: settings.LOGIN_RATE_WINDOW_MINUTES * 60_000,
      limit,
      identifier: name,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator,
      ...extra,
      store: new RedisStore({
        prefix: `${keyPrefix}:${name}:`,
        sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as never,
      }),
      handler: (_req, _res, next) =>
        next(TooManyRequests(`Too many login attempts. Try again in ${settings.LOGIN_RATE_WINDOW_MINUTES} minutes.`)),
    });

  return [
    // Only failed attempts count here, so many people behind one office address can still log in.
    limiter('login-address', settings.LOGIN_ADDRESS_RATE_LIMIT, clientAddress, { skipSuccessfulRequests: true }),
    limiter(
      'login',
      settings.LOGIN_RATE_LIMIT,
      (req) => {
        const body = req.body as { email?: unknown } | undefined;
        const email = typeof body?.email === 'string' ? body.email : '';
        return `${clientAddress(req)}:${email.trim().toLowerCase()}`;
      },
      {},
    ),
  ];
}
