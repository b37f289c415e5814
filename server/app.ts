// Builds the Express app: security headers, request logging with ids, sessions, the API and its
// OpenAPI document, problem+json errors, and the web client (client/dist) for every other path.
import { metricsRouter, timeRequests } from './metrics.js';
import compression from 'compression';
import { constants } from 'node:zlib';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import swaggerUi from 'swagger-ui-express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { logger as defaultLogger } from './logger.js';
import { env } from './env.js';
import { sessionMiddleware } from './middlewares/session.js';
import { currentUser } from './middlewares/currentUser.js';
import { QUEUE_BOARD_PATH, queueBoard } from './middlewares/queueBoard.js';
import { loginRateLimits } from './middlewares/rateLimits.js';
import { refuseCrossSiteRequests } from './middlewares/crossSite.js';
import { errorHandler, notFoundHandler } from './middlewares/errorHandler.js';
import { buildApiRouter } from './routes/api/index.js';
import { healthRouter } from './routes/api/health/index.js';
import { buildOpenApiDocument } from './openapi.js';
import { landingPage } from './routes/landingPage.js';

function securityHeaders(scriptSrc: string[]) {
  return helmet({
    // Upgrading to HTTPS (and HSTS) only makes sense when served over TLS, which COOKIE_SECURE says.
    strictTransportSecurity: env.COOKIE_SECURE,
    contentSecurityPolicy: {
      directives: { scriptSrc, upgradeInsecureRequests: env.COOKIE_SECURE ? [] : null },
    },
  });
}

/** Where `npm run build` puts the web client. */
export const clientDist = fileURLToPath(new URL('../client/dist/', import.meta.url));
const clientIndex = `${clientDist}index.html`;

/**
 * The web client: hashed assets cached for a year, and index.html (never cached) for every other
 * GET that is not the API, so the client's own routes work on reload. Until the client is built,
 * `/` shows the landing page.
 */
function webClient() {
  // An app of its own, for its ETags: index.html is revalidated on every load (no-cache), which an
  // ETag makes a 304. The API's answers are never cached (no-store), so the API makes none.
  const router = express();
  router.set('etag', 'weak');
  router.disable('x-powered-by');
  router.use(
    express.static(clientDist, {
      index: false,
      setHeaders: (res, path) => {
        if (path.includes('/assets/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  router.get('/{*path}', (req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/assets/')) return next();
    if (!existsSync(clientIndex)) return req.path === '/' ? landingPage(req, res) : next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(clientIndex);
  });
  return router;
}

/**
 * A request's URL as the logs may show it: the secret of a calendar feed URL (the feed's only key)
 * is replaced, so a log reader cannot subscribe to somebody's calendar.
 */
export function loggableUrl(url: string): string {
  return url.replace(/(\/api\/calendar-feeds\/)[^/?#]*/i, '$1[redacted]');
}

/** API answers are personal and change with every write: no cache keeps them (a route may say otherwise). */
function noStore(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('cache-control', 'no-store');
  next();
}

export function createApp({ redis, logger = defaultLogger }: { redis: Redis; logger?: Logger }) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // No ETags on API answers: nothing may keep them (no-store), so hashing each body (0.1 ms for a
  // year's portfolio) is work for nothing. The web client makes its own (webClient).
  app.set('etag', false);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      // One short line per request: no headers, which would repeat the security headers every time.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: loggableUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // JSON and the client's scripts shrink to a third or less. Event streams say no-transform, which
  // compression honours, so progress still arrives as it happens. The fastest level, as nginx's
  // default: answers are made afresh for every request, and zlib's default level (6) took a year's
  // portfolio at 300 centres 1.04 ms instead of 0.79 ms, for 13 % fewer bytes (6.6 kB instead of
  // 7.5 kB). The client's scripts are cached for a year, so they are sent once per release.
  app.use(compression({ level: constants.Z_BEST_SPEED }));
  app.use(timeRequests);
  app.use(securityHeaders(["'self'"]));
  app.use('/api', noStore);
  // Before the body is read or the session loaded: a change from another site goes no further.
  app.use(refuseCrossSiteRequests());
  app.use(express.json({ limit: '1mb' }));
  // Before sessions, for a scraper with its token rather than a person with a session.
  app.use(metricsRouter());
  // Before sessions: health answers (and says what is down) even when the session store is down.
  app.use(healthRouter(redis));
  app.use(sessionMiddleware(redis));
  app.use(currentUser);
  app.post('/api/auth/login', ...loginRateLimits(redis));

  const api = buildApiRouter();
  app.use(api);
  // Built after the routes are registered, so the document lists every one of them.
  const openApiDocument = buildOpenApiDocument();
  app.get('/api/openapi.json', (_req, res) => res.json(openApiDocument));
  app.use(
    '/api/docs',
    // Swagger UI runs an inline initialiser; loosen the CSP for these pages only.
    securityHeaders(["'self'", "'unsafe-inline'"]),
    swaggerUi.serve,
    swaggerUi.setup(openApiDocument, { customSiteTitle: 'Styringsdialog API' }),
  );
  // Bull Board's pages run inline scripts; the looser CSP holds for them only.
  app.use(QUEUE_BOARD_PATH, securityHeaders(["'self'", "'unsafe-inline'"]), ...queueBoard());
  app.use('/api', notFoundHandler);
  app.use(webClient());
  app.use(errorHandler);
  return app;
}
