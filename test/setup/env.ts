// Loaded before anything else in the test run: the tests get their own database and Redis key
// prefix, so they never touch the demo data. Settings read once at import of server/env.ts.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.NODE_ENV = 'test';
// TEST_INSTANCE lets two checkouts on one machine run their suites side by side.
const instance = process.env.TEST_INSTANCE ? `_${process.env.TEST_INSTANCE.replace(/\W/g, '')}` : '';
process.env.DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? `mysql://root@127.0.0.1:3306/styringsdialog_test${instance}`;
process.env.REDIS_PREFIX = `sdtest${instance}`;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.PORT = '0';
process.env.LOGIN_RATE_LIMIT = '10';
// Failed logins per address: the whole suite logs in from 127.0.0.1; rateLimits.test lowers it on its own app.
process.env.LOGIN_ADDRESS_RATE_LIMIT = '1000';
process.env.DEMO_PASSWORD = 'test-password-for-demo-users';
process.env.RUN_WORKER = 'false';
process.env.UPLOAD_MAX_MB = '1';
process.env.STORAGE_DIR = join(tmpdir(), `styringsdialog-test${instance}-storage`);
delete process.env.SMTP_URL; // mail goes to the embedded catcher, a real SMTP server
