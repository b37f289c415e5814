// Brings the database up to date before anything uses it: creates it if missing and runs pending
// migrations. A MySQL named lock makes API and worker processes starting together take turns.
import { env } from '../env.js';
import { connectToServer, ensureDatabase } from './ensureDatabase.js';
import { createMigrator } from './migrator.js';
import { sequelize } from './sequelize.js';

const LOCK_NAME = 'styringsdialog_migrations';

export async function prepareDatabase(databaseUrl = env.DATABASE_URL): Promise<void> {
  await ensureDatabase(databaseUrl);
  const lockConnection = await connectToServer(databaseUrl);
  try {
    const [rows] = await lockConnection.query('SELECT GET_LOCK(?, 120) AS got', [LOCK_NAME]);
    if ((rows as { got: number }[])[0]?.got !== 1)
      throw new Error('Timed out waiting for another process to finish migrating');
    await createMigrator(sequelize).up();
  } finally {
    await lockConnection.query('SELECT RELEASE_LOCK(?)', [LOCK_NAME]).catch(() => undefined);
    await lockConnection.end();
  }
}
