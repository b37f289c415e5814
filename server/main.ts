// `npm start`: prepares the database (and demo data when it is empty), then serves the API and
// runs a worker in this process unless RUN_WORKER=false. Logs the port it listens on ("listening",
// useful with PORT=0). SIGTERM/SIGINT: graceful shutdown (shutdown.ts, closeWorker).
import { env } from './env.js';
import { logger } from './logger.js';
import { prepareDatabase } from './db/prepare.js';
import { sequelize } from './db/sequelize.js';
import type { AddressInfo } from 'node:net';
import { closeRedis, createApiRedis, waitForRedis } from './redis.js';
import { createApp } from './app.js';
import { releaseSharedResources } from './releaseShared.js';
import { closeHttpServer, onShutdown } from './shutdown.js';
import { createBullConnection } from '../workflows/connection.js';
import { closeWorker, createWorker } from '../workflows/worker.js';
import { QueueSet } from '../workflows/queues.js';
import { retireLegacyQueue } from '../workflows/legacyQueue.js';
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

// Requests fail fast on this connection while Redis is down; at start-up there is nothing to do
// without Redis, so wait for it (the login limit loads its scripts when the app is built).
const redis = createApiRedis();
await waitForRedis(redis);
const bullConnection = createBullConnection();
const queues = new QueueSet(bullConnection);
await retireLegacyQueue(bullConnection, queues);
const worker = env.RUN_WORKER ? createWorker(bullConnection, { keepSchedulers: true }) : undefined;

const server = createApp({ redis }).listen(env.PORT, () => {
  logger.info({ port: (server.address() as AddressInfo).port }, 'listening');
  const logins = demoLogins.map((login) => `  ${login.email.padEnd(32)} ${login.label}`).join('\n');
  process.stdout.write(
    `\nStyringsdialog kjører på ${env.APP_URL}  (API-dokumentasjon: ${env.APP_URL}/api/docs)\n` +
      // In production the demo password is refused, so the demo logins would only mislead.
      (env.NODE_ENV === 'production' ? '\n' : `Demo-brukere, passord «${env.DEMO_PASSWORD}»:\n${logins}\n\n`),
  );
});

// Requests drain and event streams end while the worker hands its long jobs back, side by side.
onShutdown(async () => {
  await Promise.all([closeHttpServer(server), worker && closeWorker(worker)]);
  await releaseSharedResources();
  await queues.close();
  await closeRedis(bullConnection);
  await closeRedis(redis);
  await sequelize.close();
});
