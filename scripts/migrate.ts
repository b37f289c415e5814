// `npm run migrate [up|down|status]`: runs or rolls back migrations by hand (start-up runs `up` itself).
import { ensureDatabase } from '../server/db/ensureDatabase.js';
import { createMigrator } from '../server/db/migrator.js';
import { sequelize } from '../server/db/sequelize.js';
import { env } from '../server/env.js';

const command = process.argv[2] ?? 'up';
await ensureDatabase(env.DATABASE_URL);
const migrator = createMigrator(sequelize);
if (command === 'up') await migrator.up();
else if (command === 'down') await migrator.down();
else if (command === 'status') {
  console.log(
    'executed:',
    (await migrator.executed()).map((m) => m.name),
  );
  console.log(
    'pending: ',
    (await migrator.pending()).map((m) => m.name),
  );
} else {
  console.error(`Unknown command "${command}": use up, down or status`);
  process.exitCode = 1;
}
await sequelize.close();
