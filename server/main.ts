// `npm start`: prepares the database (and demo data when it is empty), then serves the API and
// runs a worker in this process unless RUN_WORKER=false.
import { env } from './env.js';
import { logger } from './logger.js';
import { prepareDatabase } from './db/prepare.js';
import { sequelize } from './db/sequelize.js';
import { createRedis } from './redis.js';
import { createApp } from './app.js';
import { releaseSharedResources } from './releaseShared.js';
import { onShutdown } from './shutdown.js';
import { createBullConnection } from '../workflows/connection.js';
import { createWorker } from '../workflows/worker.js';
import { createGeneralQueue } from '../workflows/queues.js';
import { upsertSchedulers } from '../workflows/schedulers.js';
import { demoLogins, isDatabaseEmpty, seedDemo } from '../seeders/index.js';

await prepareDatabase();
const emptyDatabase = await isDatabaseEmpty();
if (env.SEED_DEMO && emptyDatabase) {
  logger.info('empty database: seeding demo data');
  await seedDemo({ password: env.DEMO_PASSWORD });
}
// env.ts refuses SEED_DEMO=true in production; say so, so an empty production database is no surprise.
if (env.NODE_ENV === 'production')
  logger.warn(
    emptyDatabase
      ? 'NODE_ENV=production: demo data is never seeded and the database is empty, so nobody can log in yet'
      : 'NODE_ENV=production: demo data is never seeded; the demo password is refused',
  );

const redis = createRedis();
const bullConnection = createBullConnection();
const queue = createGeneralQueue(bullConnection);
await upsertSchedulers(queue);
const worker = env.RUN_WORKER ? createWorker(bullConnection, { keepSchedulers: true }) : undefined;

const server = createApp({ redis }).listen(env.PORT, () => {
  const logins = demoLogins.map((login) => `  ${login.email.padEnd(32)} ${login.label}`).join('\n');
  process.stdout.write(
    `\nStyringsdialog kjører på ${env.APP_URL}  (API-dokumentasjon: ${env.APP_URL}/api/docs)\n` +
      // In production the demo password is refused, so the demo logins would only mislead.
      (env.NODE_ENV === 'production' ? '\n' : `Demo-brukere, passord «${env.DEMO_PASSWORD}»:\n${logins}\n\n`),
  );
});

onShutdown(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await worker?.close();
  await releaseSharedResources();
  await queue.close();
  await bullConnection.quit();
  await redis.quit();
  await sequelize.close();
});
