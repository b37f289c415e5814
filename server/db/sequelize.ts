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
    dialectOptions: { supportBigNumbers: true, bigNumberStrings: false, dateStrings: false },
    pool: { max: 10, min: 0, idle: 10_000 },
  });
}

export const sequelize = createSequelize(env.DATABASE_URL);
