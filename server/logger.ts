// One pino logger for the API, the worker and scripts; requests get child loggers with their id.
import { pino } from 'pino';
import { env } from './env.js';

export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'styringsdialog' },
  redact: ['req.headers.cookie', 'req.headers.authorization', 'password', 'passwordHash'],
  // Readable lines for a person at a terminal during development; JSON everywhere else.
  ...(env.NODE_ENV === 'development' && process.stdout.isTTY
    ? {
        transport: {
          target: 'pino-pretty',
          options: { ignore: 'pid,hostname,service', translateTime: 'SYS:HH:MM:ss' },
        },
      }
    : {}),
});
