// Liveness of the parts the app cannot work without: the database and Redis, each reported, and
// 503 (with Retry-After) when either is down. Each check gives up after a second; the API's Redis
// connection fails at once while disconnected.
import { Router } from 'express';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { definePublicRoute } from '../../defineRoute.js';
import { sequelize } from '../../../db/sequelize.js';
import { env } from '../../../env.js';

const healthSchema = z
  .object({ status: z.enum(['ok', 'degraded']), database: z.enum(['up', 'down']), redis: z.enum(['up', 'down']) })
  .openapi('Health');

const withinOneSecond = <T>(work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref())]);

/** Mounted before the session middleware (app.ts), so no session store is needed to answer. */
export function healthRouter(redis: Redis): Router {
  const router = Router();
  definePublicRoute(router, {
    method: 'get',
    path: '/api/health',
    tag: 'health',
    summary: 'Database and Redis status (503 when either is down)',
    response: healthSchema,
    handler: async ({ res }) => {
      const [database, cache] = await Promise.allSettled([
        withinOneSecond(sequelize.query('SELECT 1')),
        withinOneSecond(redis.ping()),
      ]);
      const report = {
        database: database.status === 'fulfilled' ? 'up' : 'down',
        redis: cache.status === 'fulfilled' ? 'up' : 'down',
      } as const;
      const ok = report.database === 'up' && report.redis === 'up';
      if (!ok) res.setHeader('retry-after', String(env.RETRY_AFTER_SECONDS));
      res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', ...report });
    },
  });
  return router;
}
