// Prometheus metrics at GET /metrics (prom-client): HTTP latency per route, each queue's depth and
// the durations of its recently finished jobs, and the outbox's pending and failed e-mails. Queue
// and outbox figures are read from Redis and the database when scraped, so any API process reports
// the whole system's work, whichever worker did it. Scraping asks for METRICS_TOKEN as a bearer
// token; without one set, /metrics does not exist.
import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response, Router } from 'express';
import express from 'express';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { env } from './env.js';
import { OutboxEmail } from './models/index.js';
import { queueNames, sharedQueue } from '../workflows/queues.js';

export const metrics = new Registry();
collectDefaultMetrics({ register: metrics });

const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metrics],
});

/** Times every request under its route pattern (/api/letters/:id), never its raw URL (ids would explode the series). */
export function timeRequests(req: Request, res: Response, next: NextFunction) {
  const stop = httpDuration.startTimer();
  res.on('finish', () => {
    const route = req.route ? `${req.baseUrl}${(req.route as { path: string }).path}` : 'unmatched';
    stop({ method: req.method, route, status: String(res.statusCode) });
  });
  next();
}

const jobStates = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

new Gauge({
  name: 'queue_jobs',
  help: 'Jobs per queue and state',
  labelNames: ['queue', 'state'] as const,
  registers: [metrics],
  async collect() {
    this.reset();
    for (const name of queueNames) {
      const counts = await sharedQueue(name).getJobCounts(...jobStates);
      for (const state of jobStates) this.set({ queue: name, state }, counts[state] ?? 0);
    }
  },
});

const RECENT_JOBS = 100;

new Gauge({
  name: 'queue_recent_job_duration_seconds',
  help: `Processing time of the last ${RECENT_JOBS} finished jobs per queue: median and maximum`,
  labelNames: ['queue', 'quantile'] as const,
  registers: [metrics],
  async collect() {
    this.reset();
    for (const name of queueNames) {
      const jobs = await sharedQueue(name).getJobs(['completed', 'failed'], 0, RECENT_JOBS - 1);
      const seconds = jobs
        .filter((job) => job.processedOn && job.finishedOn)
        .map((job) => (job.finishedOn! - job.processedOn!) / 1000)
        .sort((a, b) => a - b);
      if (seconds.length === 0) continue;
      this.set({ queue: name, quantile: '0.5' }, seconds[Math.floor(seconds.length / 2)]!);
      this.set({ queue: name, quantile: '1' }, seconds.at(-1)!);
    }
  },
});

new Gauge({
  name: 'outbox_emails',
  help: 'Outbox e-mails waiting to be sent (pending, sending) or given up (failed)',
  labelNames: ['status'] as const,
  registers: [metrics],
  async collect() {
    this.reset();
    for (const status of ['pending', 'sending', 'failed'] as const)
      this.set({ status }, await OutboxEmail.count({ where: { status } }));
  },
});

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** GET /metrics for a scraper holding METRICS_TOKEN; absent when no token is set. */
export function metricsRouter(): Router {
  const router = express.Router();
  const token = env.METRICS_TOKEN;
  if (!token) return router;
  router.get('/metrics', async (req, res) => {
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
    if (!sameSecret(given, token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Bearer token required');
      return;
    }
    res.type(metrics.contentType).send(await metrics.metrics());
  });
  return router;
}
