// Which errors mean "a service we depend on is unreachable right now" — the database or Redis —
// so that the request is answered 503 with Retry-After (try again soon) instead of 500 (a bug).
import { ConnectionError } from 'sequelize';
import { env } from './env.js';
import { ProblemError } from './errors.js';
import { RedisUnavailableError } from './redis.js';
import { say, type Localized } from './i18n/language.js';

export type Dependency = 'database' | 'redis';

/** Network-level codes (mysql2 and Node sockets): the server is gone, not the query wrong. */
const databaseCodes = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
]);

/** What ioredis (and BullMQ over it) says when a command cannot reach Redis. */
const redisMessages = [
  "Stream isn't writeable and enableOfflineQueue options is false",
  'Connection is closed.',
  'Command timed out',
];
const redisErrorNames = new Set(['MaxRetriesPerRequestError', 'RedisUnavailableError', 'ConnectionClosedError']);

/** The error and what it wraps: Sequelize keeps the driver's error in `parent`/`original`. */
function* causes(error: unknown): Generator<object> {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    yield current;
    const wrapper = current as { parent?: unknown; original?: unknown; cause?: unknown };
    current = wrapper.parent ?? wrapper.original ?? wrapper.cause;
  }
}

/** The dependency an error says is unreachable, or undefined for any other error. */
export function unavailableDependency(error: unknown): Dependency | undefined {
  if (error instanceof ConnectionError) return 'database';
  if (error instanceof RedisUnavailableError) return 'redis';
  for (const cause of causes(error)) {
    const { name, message, code } = cause as { name?: unknown; message?: unknown; code?: unknown };
    if (typeof name === 'string' && redisErrorNames.has(name)) return 'redis';
    if (typeof message === 'string' && (redisMessages.includes(message) || message.startsWith('LOADING ')))
      return 'redis';
    if (cause instanceof ConnectionError) return 'database';
    if (typeof code === 'string' && databaseCodes.has(code)) return 'database';
  }
  return undefined;
}

const dependencyText: Record<Dependency, Localized> = {
  database: say('Databasen kan ikke nås', 'The database cannot be reached'),
  redis: say('Lageret for økter og jobber (Redis) kan ikke nås', 'The session and job store (Redis) cannot be reached'),
};

/** 503 `service-unavailable`; the error handler adds Retry-After. */
export const ServiceUnavailable = (dependency: Dependency) =>
  new ProblemError(
    503,
    'service-unavailable',
    say('Tjenesten er midlertidig utilgjengelig', 'The service is temporarily unavailable'),
    say(
      `${dependencyText[dependency].nb} akkurat nå; prøv igjen om ${env.RETRY_AFTER_SECONDS} sekunder.`,
      `${dependencyText[dependency].en} right now; try again in ${env.RETRY_AFTER_SECONDS} seconds.`,
    ),
  );
