// The one Sequelize instance (mysql2 driver; works on MariaDB 10.11 and MySQL 8).
import { Sequelize } from 'sequelize';
import { env } from '../env.js';
import { logger } from '../logger.js';

export function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name))
    throw new Error(`DATABASE_URL must name a database (letters, digits, _), got "${name}"`);
  return name;
}

export function createSequelize(databaseUrl: string): Sequelize {
  const url = new URL(databaseUrl);
  return new Sequelize(databaseName(databaseUrl), decodeURIComponent(url.username), decodeURIComponent(url.password), {
    dialect: 'mysql',
    host: url.hostname,
    port: Number(url.port || 3306),
    // Timestamps are stored and read as UTC; calendar dates are DATEONLY strings.
    timezone: '+00:00',
    logging: (sql) => logger.trace({ sql }, 'sql'),
    define: { underscored: true, charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
    // A database that is down answers fast: refused connections fail at once (never retried here),
    // one that does not answer fails after DATABASE_CONNECT_TIMEOUT_MS (mysql2's default is 10 s),
    // and waiting for a free pooled connection ends after DATABASE_ACQUIRE_TIMEOUT_MS (Sequelize's
    // default is 60 s). Each is a Sequelize ConnectionError, answered 503 (server/availability.ts).
    dialectOptions: {
      supportBigNumbers: true,
      bigNumberStrings: false,
      dateStrings: false,
      connectTimeout: env.DATABASE_CONNECT_TIMEOUT_MS,
    },
    pool: { max: 10, min: 0, idle: 10_000, acquire: env.DATABASE_ACQUIRE_TIMEOUT_MS },
  });
}

export const sequelize = createSequelize(env.DATABASE_URL);
