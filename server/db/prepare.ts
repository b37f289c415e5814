// Brings the database up to date before anything uses it: creates it if missing and runs pending
// migrations. A MySQL named lock makes API and worker processes starting together take turns.
import { env } from '../env.js';
import { ensureDatabase } from './ensureDatabase.js';
import { withNamedLock } from './namedLock.js';
import { createMigrator } from './migrator.js';
import { sequelize } from './sequelize.js';

const LOCK_NAME = 'styringsdialog_migrations';

export async function prepareDatabase(databaseUrl = env.DATABASE_URL): Promise<void> {
  await ensureDatabase(databaseUrl);
  await withNamedLock(
    LOCK_NAME,
    () =>
      createMigrator(sequelize)
        .up()
        .then(() => undefined),
    { databaseUrl },
  );
}
