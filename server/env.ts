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

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    APP_URL: url(['http', 'https']).default('http://localhost:3000'),
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
    COOKIE_SECURE: booleanString.default(false),
    DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('Styringsdialog-demo-2026'),
    SMTP_URL: url(['smtp', 'smtps']).optional(),
    MAIL_FROM: z.string().min(3).default('Styringsdialog <no-reply@styringsdialog.example>'),
    LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
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
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    WORKER_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
    REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(8),
    // How many working days before a steering meeting the agenda closes for the centre.
    AGENDA_DEADLINE_WORKING_DAYS: z.coerce.number().int().min(0).max(60).default(10),
    UPLOAD_MAX_MB: z.coerce.number().positive().max(500).default(25),
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    STORAGE_DIR: z.string().min(1).default('storage'),
    SEED_DEMO: booleanString.default(true),
    // Availability: how long a request waits on a database or Redis that does not answer, the
    // Retry-After of the 503 it then gets, and how long a shutdown may take before it gives up.
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
    DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    REDIS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(15_000),
  })
  .transform((env, ctx) => {
    if (env.SESSION_SECRET === undefined && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required when NODE_ENV=production' });
      return z.NEVER;
    }
    // Outside production a fixed development secret keeps `npm start` to one command.
    return { ...env, SESSION_SECRET: env.SESSION_SECRET ?? 'development-only-secret-not-for-production-use' };
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
