// `npm run seed`: creates and migrates the database named in DATABASE_URL, replaces its contents
// with the demo data and prints the demo logins.
import { ensureDatabase } from '../server/db/ensureDatabase.js';
import { createMigrator } from '../server/db/migrator.js';
import { sequelize } from '../server/db/sequelize.js';
import { env } from '../server/env.js';
import { demoLogins, seedDemo } from './index.js';

async function main(): Promise<void> {
  await ensureDatabase(env.DATABASE_URL);
  await createMigrator(sequelize).up();
  await seedDemo({ reset: true, password: env.DEMO_PASSWORD });
  console.log('Demo data seeded. Log in with the DEMO_PASSWORD as:');
  for (const { email, label } of demoLogins) console.log(`  ${email.padEnd(32)} ${label}`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await sequelize.close();
}
