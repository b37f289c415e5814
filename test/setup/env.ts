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
// Delivery at test speed: retries after 100 ms doubling to 1 s, leases and SMTP silences of a few
// seconds, and the outbox recovery and scheduler check every second (worker processes inherit these).
process.env.MAIL_RETRY_BASE_MS = '100';
process.env.MAIL_RETRY_MAX_MS = '1000';
process.env.MAIL_LEASE_MS = '4000';
process.env.MAIL_CONNECTION_TIMEOUT_MS = '2000';
process.env.MAIL_GREETING_TIMEOUT_MS = '2000';
process.env.MAIL_SOCKET_TIMEOUT_MS = '3000';
process.env.MAIL_RECOVERY_EVERY_MS = '1000';
process.env.SCHEDULER_CHECK_MS = '1000';
// The S3 client warns once per process that its releases after January 2027 need Node 22; the
// lock file holds a release that runs on Node 20, and the warning would fill every test log.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// The credentials the tests' local S3 server (s3rver, test/support/s3.ts) accepts; nothing else in
// the tests talks to S3.
process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
process.env.METRICS_TOKEN = 'test-metrics-token-0123456789';
