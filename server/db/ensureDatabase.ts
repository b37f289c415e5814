// Creates (or drops) the database named in DATABASE_URL, over a connection to the server itself.
import mysql from 'mysql2/promise';
import { databaseName } from './sequelize.js';

/** A connection to the database server without choosing a database (it may not exist yet). */
export function connectToServer(databaseUrl: string) {
  const url = new URL(databaseUrl);
  return mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  });
}

async function onServer(databaseUrl: string, sql: string) {
  const connection = await connectToServer(databaseUrl);
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

/** utf8mb4, so Norwegian text (and anything else users type) is stored as written. */
export const ensureDatabase = (databaseUrl: string) =>
  onServer(
    databaseUrl,
    `CREATE DATABASE IF NOT EXISTS \`${databaseName(databaseUrl)}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );

export const dropDatabase = (databaseUrl: string) =>
  onServer(databaseUrl, `DROP DATABASE IF EXISTS \`${databaseName(databaseUrl)}\``);
