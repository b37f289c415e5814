// `npm run worker`: a worker process on its own, for running more of them beside the API.
import { prepareDatabase } from '../server/db/prepare.js';
import { createBullConnection } from './connection.js';
import { createWorker } from './worker.js';
import { logger } from '../server/logger.js';
import { sequelize } from '../server/db/sequelize.js';
import { releaseSharedResources } from '../server/releaseShared.js';
import { onShutdown } from '../server/shutdown.js';

await prepareDatabase();
const connection = createBullConnection();
const worker = createWorker(connection, { keepSchedulers: true });
logger.info('worker started');
onShutdown(async () => {
  await worker.close();
  await releaseSharedResources();
  await connection.quit();
  await sequelize.close();
});
