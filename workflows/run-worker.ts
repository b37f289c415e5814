// `npm run worker`: a worker process on its own, for running more of them beside the API. On
// SIGTERM/SIGINT its long jobs go back to the queue between two letters (closeWorker).
import { prepareDatabase } from '../server/db/prepare.js';
import { createBullConnection } from './connection.js';
import { closeWorker, createWorker } from './worker.js';
import { logger } from '../server/logger.js';
import { sequelize } from '../server/db/sequelize.js';
import { closeRedis } from '../server/redis.js';
import { releaseSharedResources } from '../server/releaseShared.js';
import { onShutdown } from '../server/shutdown.js';

await prepareDatabase();
const connection = createBullConnection();
const worker = createWorker(connection, { keepSchedulers: true });
logger.info('worker started');
onShutdown(async () => {
  await closeWorker(worker);
  await releaseSharedResources();
  await closeRedis(connection);
  await sequelize.close();
});
