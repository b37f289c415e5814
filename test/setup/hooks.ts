// Root hooks: a fresh test database with the demo data, a clean Redis namespace and the API
// listening on a free port for the whole run.
import type { Server } from 'node:http';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { env } from '../../server/env.js';
import { dropDatabase } from '../../server/db/ensureDatabase.js';
import { prepareDatabase } from '../../server/db/prepare.js';
import { sequelize } from '../../server/db/sequelize.js';
import { createRedis } from '../../server/redis.js';
import { createApp } from '../../server/app.js';
import { seedDemo } from '../../seeders/index.js';
import { releaseSharedResources } from '../../server/releaseShared.js';
import { testServer } from '../support/server.js';
import { deleteKeysWithPrefix } from '../support/redis.js';
import { armExitWatchdog } from '../support/exitWatchdog.js';

let server: Server | undefined;

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(120_000);
    await dropDatabase(env.DATABASE_URL);
    await prepareDatabase();
    // Emptied before the seed: the seed stores files too (the journal's acceptance receipts).
    await rm(env.STORAGE_DIR, { recursive: true, force: true });
    await seedDemo({ password: env.DEMO_PASSWORD });
    const redis = createRedis();
    // The database starts empty but Redis lives on between runs: jobs kept from an earlier run
    // carry the same ids (issue-letter-<id>) as this run's, and BullMQ would skip adding them.
    // Child processes of tests use `<prefix>-<name>:` (childRedisPrefix), so those are emptied too.
    await deleteKeysWithPrefix(redis, `${env.REDIS_PREFIX}:`);
    await deleteKeysWithPrefix(redis, `${env.REDIS_PREFIX}-`);
    testServer.redis = redis;
    server = createApp({ redis }).listen(0);
    await new Promise<void>((resolve) => server!.once('listening', () => resolve()));
    testServer.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  },
  async afterAll() {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await releaseSharedResources();
    await testServer.redis?.quit();
    await sequelize.close();
    armExitWatchdog();
  },
};
