// Settings, read once from the process environment (and .env when present) and validated with zod.
// A bad or missing value stops start-up with a message naming the variable.
import 'dotenv/config';
import { z } from 'zod';
import { deadlineKinds } from './models/deadlineKinds.js';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const url = (protocols: string[]) =>
  z.url().refine((value) => protocols.some((p) => value.startsWith(`${p}://`)), {
    message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
  });

// "-30,-14,-7,-1,0,1,7": days relative to the due date.
const stepList = z
  .string()
  .regex(/^\s*-?\d+(\s*,\s*-?\d+)*\s*$/, 'must be whole numbers of days separated by commas, e.g. -7,0,7')
  .transform((value) => [...new Set(value.split(',').map(Number))].sort((a, b) => a - b));

/** The documented demo password: public, so never accepted in production (see server/passwords.ts). */
export const DEFAULT_DEMO_PASSWORD = 'Styringsdialog-demo-2026';
/** The most e-mails one send job may carry (MAIL_BATCH_SIZE, and the job's own check). */
export const MAIL_BATCH_MAX = 100;

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // Unset: http://localhost:<PORT>, so `PORT=3100 npm start` prints and links the address it serves.
    APP_URL: url(['http', 'https']).optional(),
    DATABASE_URL: url(['mysql', 'mariadb']).default('mysql://root@127.0.0.1:3306/styringsdialog'),
    REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i, 'letters, digits, - and _ only')
      .default('sd'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(12),
    // The absolute lifetime of a session from its login, however active it stays.
    SESSION_MAX_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(24),
    COOKIE_SECURE: booleanString.default(false),
    DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default(DEFAULT_DEMO_PASSWORD),
    SMTP_URL: url(['smtp', 'smtps']).optional(),
    MAIL_FROM: z.string().min(3).default('Styringsdialog <no-reply@styringsdialog.example>'),
    LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
    // Failed logins from one client address, whatever the e-mail address, within the window.
    LOGIN_ADDRESS_RATE_LIMIT: z.coerce.number().int().positive().default(50),
    LOGIN_RATE_WINDOW_MINUTES: z.coerce.number().positive().default(15),
    LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
    RUN_WORKER: booleanString.default(true),
    REMINDER_STEPS: stepList.default([-30, -14, -7, -1, 0, 1, 7]),
    REMINDER_STEPS_BY_KIND: z
      .string()
      .transform((value, ctx) => {
        try {
          return JSON.parse(value) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be JSON, e.g. {"action":[-7,0,7]}' });
          return z.NEVER;
        }
      })
      .pipe(z.partialRecord(z.enum(deadlineKinds), z.array(z.number().int().min(-365).max(365)).min(1)))
      .default({}),
    JOB_BACKOFF_MS: z.coerce.number().int().min(10).default(5000),
    // E-mail delivery: the first retry of a failed e-mail waits MAIL_RETRY_BASE_MS, doubling up to
    // MAIL_RETRY_MAX_MS; an e-mail still not accepted MAIL_GIVE_UP_HOURS after its first attempt fails.
    MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
    MAIL_RETRY_MAX_MS: z.coerce
      .number()
      .int()
      .min(10)
      .default(60 * 60_000),
    MAIL_GIVE_UP_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 14)
      .default(24),
    // How long a sender's claim on an e-mail lasts; a sender that dies is taken over after this.
    MAIL_LEASE_MS: z.coerce
      .number()
      .int()
      .min(500)
      .default(5 * 60_000),
    // SMTP timeouts: connecting, waiting for the greeting, and silence on an open connection.
    MAIL_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    MAIL_GREETING_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    MAIL_SOCKET_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
    // E-mails one send job carries (server/mail/outboxDelivery.ts): one claim, one read and one
    // record per batch instead of per e-mail. 1 sends each e-mail in a job of its own.
    MAIL_BATCH_SIZE: z.coerce.number().int().min(1).max(MAIL_BATCH_MAX).default(10),
    // How often due e-mails without a live job are queued again (lost Redis, dead workers).
    MAIL_RECOVERY_EVERY_MS: z.coerce.number().int().min(200).default(60_000),
    // How often every worker checks that the repeating jobs still exist (Redis restarted empty).
    SCHEDULER_CHECK_MS: z.coerce.number().int().min(200).default(60_000),
    // Jobs one worker process runs at once, per queue (workflows/queues.ts): e-mails, single
    // documents (a letter's or meeting's PDF), bulk jobs (a whole year's letters), maintenance.
    MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    DOCUMENT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
    BULK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    MAINTENANCE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    WORKER_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
    REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(8),
    // How many working days before a steering meeting the agenda closes for the centre.
    AGENDA_DEADLINE_WORKING_DAYS: z.coerce.number().int().min(0).max(60).default(10),
    UPLOAD_MAX_MB: z.coerce.number().positive().max(500).default(25),
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    STORAGE_DIR: z.string().min(1).default('storage'),
    // The bearer token a Prometheus scraper sends to GET /metrics; unset, there is no /metrics.
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    // s3://bucket[/prefix]?endpoint=…&region=…: documents in an S3-compatible store instead of STORAGE_DIR.
    STORAGE_URL: z
      .string()
      .regex(/^s3:\/\/[^/?]+/, 'must look like s3://bucket/optional-prefix?endpoint=…&region=…')
      .optional(),
    // Unset: seed an empty database outside production, never in production.
    SEED_DEMO: booleanString.optional(),
    // Availability: how long a request waits on a database or Redis that does not answer, the
    // Retry-After of the 503 it then gets, and how long a shutdown may take before it gives up.
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
    DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    REDIS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(15_000),
  })
  .transform((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      let refused = false;
      const refuse = (path: string, message: string) => {
        ctx.addIssue({ code: 'custom', path: [path], message });
        refused = true;
      };
      if (env.SESSION_SECRET === undefined) refuse('SESSION_SECRET', 'is required when NODE_ENV=production');
      if (!env.COOKIE_SECURE)
        refuse('COOKIE_SECURE', 'must be true when NODE_ENV=production (serve the app over HTTPS)');
      // The demo users all share a public password, the administrator included.
      if (env.SEED_DEMO === true)
        refuse('SEED_DEMO', 'demo users are never seeded when NODE_ENV=production; leave it unset or false');
      if (refused) return z.NEVER;
    }
    return {
      ...env,
      APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
      // Outside production a fixed development secret keeps `npm start` to one command.
      SESSION_SECRET: env.SESSION_SECRET ?? 'development-only-secret-not-for-production-use',
      SEED_DEMO: env.SEED_DEMO ?? env.NODE_ENV !== 'production',
    };
  });

export type Env = z.output<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses settings; empty strings count as unset so `.env.example` can list optional keys blank. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(settings)'}: ${issue.message}`);
    throw new ConfigError(`Invalid settings (see .env.example):\n${lines.join('\n')}`);
  }
  return result.data;
}

function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export const env: Env = loadEnv();
