// Login attempts are limited twice, counted in Redis so that every API process shares the counts:
// per client address and e-mail address (LOGIN_RATE_LIMIT: guessing one account's password), and
// per client address alone (LOGIN_ADDRESS_RATE_LIMIT failed attempts: one address trying many
// accounts). Both count within LOGIN_RATE_WINDOW_MINUTES. While Redis is down a login answers 503.
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { RateLimitRequestHandler } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import type { Request } from 'express';
import { env } from '../env.js';
import type { Env } from '../env.js';
import { redisKey } from '../redis.js';
import { TooManyRequests } from '../errors.js';
import { logger } from '../logger.js';
import { say } from '../i18n/language.js';

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
      store: new RecoveringRedisStore({
        prefix: `${keyPrefix}:${name}:`,
        sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as never,
      }),
      // Into the app's log (a store that cannot load its scripts while Redis is down, say).
      logger: {
        error: (error, message) => logger.warn({ err: error }, message ?? 'login rate limit error'),
        warn: (error, message) => logger.warn({ err: error }, message ?? 'login rate limit warning'),
      },
      handler: (_req, _res, next) =>
        next(
          TooManyRequests(
            say(
              `For mange innloggingsforsøk. Prøv igjen om ${settings.LOGIN_RATE_WINDOW_MINUTES} minutter.`,
              `Too many login attempts. Try again in ${settings.LOGIN_RATE_WINDOW_MINUTES} minutes.`,
            ),
          ),
        ),
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
