// A MySQL/MariaDB named lock held on a connection of its own while `work` runs, so processes that
// must not overlap (migrations, the reminder sweep) take turns — across any number of processes.
import { env } from '../env.js';
import { connectToServer } from './ensureDatabase.js';

export async function withNamedLock<T>(
  name: string,
  work: () => Promise<T>,
  options: { timeoutSeconds?: number; databaseUrl?: string } = {},
): Promise<T> {
  const connection = await connectToServer(options.databaseUrl ?? env.DATABASE_URL);
  try {
    const [rows] = await connection.query('SELECT GET_LOCK(?, ?) AS got', [name, options.timeoutSeconds ?? 120]);
    if ((rows as { got: number }[])[0]?.got !== 1) throw new Error(`Timed out waiting for the lock ${name}`);
    return await work();
  } finally {
    await connection.query('SELECT RELEASE_LOCK(?)', [name]).catch(() => undefined);
    await connection.end();
  }
}

/** Lock names are server-wide; the database name keeps two databases on one server apart. */
export const lockName = (purpose: string, databaseUrl = env.DATABASE_URL) =>
  `${new URL(databaseUrl).pathname.slice(1)}:${purpose}`.slice(0, 64);
