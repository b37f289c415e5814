// Server-side sessions in Redis (connect-redis): the cookie holds only a signed id. A session
// lives SESSION_TTL_HOURS after its last request (rolling) and never beyond SESSION_MAX_HOURS
// after its login; middlewares/currentUser ends it then, or when the user's password changes.
import session from 'express-session';
import RedisStore from 'connect-redis';
import type { Redis } from 'ioredis';
import { env } from '../env.js';
import { redisKey } from '../redis.js';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    /** When the user logged in (ms since the epoch): the start of the absolute lifetime. */
    loggedInAt: number;
    /** The user's credentialVersion at login; a later password change raises it. */
    credentialVersion: number;
  }
}

export const SESSION_COOKIE = 'sd.sid';

export function sessionMiddleware(redis: Redis) {
  const ttlSeconds = Math.round(env.SESSION_TTL_HOURS * 3600);
  return session({
    name: SESSION_COOKIE,
    store: new RedisStore({ client: redis, prefix: `${redisKey('sess')}:`, ttl: ttlSeconds }),
    secret: env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: env.COOKIE_SECURE, maxAge: ttlSeconds * 1000 },
  });
}
