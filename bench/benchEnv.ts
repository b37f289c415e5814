// Imported first by every benchmark: its own database and Redis prefix (from settings, with bench
// defaults), quiet logs, no in-process worker. Settings are read once when server/env.ts loads, so
// this must run before it.
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/styringsdialog_bench';
process.env.REDIS_PREFIX = process.env.BENCH_REDIS_PREFIX ?? 'sdbench';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
process.env.RUN_WORKER = 'false';
