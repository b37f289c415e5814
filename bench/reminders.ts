// Reminders at scale: 100 000 deadlines across 60 centres. Prints the sweep time and the time to
// deliver every reminder due today to a local SMTP sink through BullMQ workers, each beside its
// floor measured in the same run (once, after the product: a delivered reminder cannot be delivered
// again): the same number of no-op BullMQ jobs, and the same messages sent with bare nodemailer
// through the same pool size to the same sink.
// Run: npm run bench:reminders   (DEADLINES=100000 CENTRES=60 WORKERS=2 to change)
import './benchEnv.js';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { Queue, QueueEvents, Worker } from 'bullmq';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { addDays, format } from 'date-fns';

const deadlineCount = Number(process.env.DEADLINES ?? 100_000);
const centreCount = Number(process.env.CENTRES ?? 60);
const workerCount = Number(process.env.WORKERS ?? 2);
const today = '2031-03-04'; // a Tuesday with no holiday near

// The sink: accepts and counts, as a local relay would.
let received = 0;
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received += 1;
      callback();
    });
  },
});
await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', () => resolve()));
process.env.SMTP_URL = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;

const { env } = await import('../server/env.js');
const { resetBenchDatabase } = await import('./benchDatabase.js');
const { prepareDatabase } = await import('../server/db/prepare.js');
const { sequelize } = await import('../server/db/sequelize.js');
const { Centre, Deadline, OutboxEmail, User } = await import('../server/models/index.js');
const { sweepReminders } = await import('../server/reminders/sweep.js');
const { dueOutboxEmails } = await import('../server/mail/dueEmails.js');
const { queueDueEmails } = await import('../workflows/tasks/SendEmailTask.js');
const { createBullConnection, bullPrefix } = await import('../workflows/connection.js');
const { createWorker } = await import('../workflows/worker.js');
const { releaseSharedResources } = await import('../server/releaseShared.js');
const { createRedis, deleteKeysWithPrefix } = await import('../server/redis.js');

const seconds = (start: number) => (performance.now() - start) / 1000;
const progress = (step: string) => process.stderr.write(`… ${step}\n`);

async function seed() {
  const redis = createRedis();
  await deleteKeysWithPrefix(redis, `${env.REDIS_PREFIX}:`); // job ids repeat between runs
  await redis.quit();
  await resetBenchDatabase(env.DATABASE_URL, prepareDatabase);
  const centres = await Centre.bulkCreate(
    Array.from({ length: centreCount }, (_, i) => ({
      code: `BENCH-${i + 1}`,
      name: `Senter ${i + 1}`,
      scope: 'regional' as const,
    })),
  );
  await User.bulkCreate(
    centres.map((centre, i) => ({
      email: `leder${i + 1}@bench.example`,
      name: `Leder ${i + 1}`,
      title: null,
      passwordHash: 'x',
      roles: ['centre_leader' as const],
      centreId: centre.id,
      lastLoginAt: null,
    })),
  );
  // Due dates spread over a year around today, so a realistic share has a step today.
  const start = new Date('2030-09-01T12:00:00Z');
  for (let offset = 0; offset < deadlineCount; offset += 5000) {
    await Deadline.bulkCreate(
      Array.from({ length: Math.min(5000, deadlineCount - offset) }, (_, j) => {
        const i = offset + j;
        return {
          centreId: centres[i % centreCount]!.id,
          year: 2031,
          kind: 'custom' as const,
          title: `Leveranse ${i + 1}`,
          dueDate: format(addDays(start, i % 365), 'yyyy-MM-dd'),
          periodYear: null,
          letterId: null,
          assignmentId: null,
          steeringMeetingId: null,
        };
      }),
    );
  }
}

async function timeUntil(done: () => boolean | Promise<boolean>) {
  for (;;) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

progress('seeding');
await seed();
progress('sweeping');

// 1. The sweep.
let t = performance.now();
const written = await sweepReminders(today);
const sweepSeconds = seconds(t);
const ids = (await dueOutboxEmails(1_000_000)).map((e) => e.id);
const n = ids.length;

progress(`delivering ${n}`);
// 2. Delivery through BullMQ and the app's sender.
const connections = Array.from({ length: workerCount }, () => createBullConnection());
const workers = connections.map((c) => createWorker(c));
t = performance.now();
await queueDueEmails();
await timeUntil(async () => (await OutboxEmail.count({ where: { status: 'sent' } })) === n);
const deliverySeconds = seconds(t);
await Promise.all(workers.map((w) => w.close()));

progress('floor: no-op jobs');
// 3. Floor: the same number of no-op jobs through BullMQ with the same number of workers.
const floorConnection = createBullConnection();
const floorQueue = new Queue('bench-noop', { connection: floorConnection, prefix: bullPrefix });
const floorConnections = connections.map((c) => c.duplicate());
const floorWorkers = floorConnections.map(
  (c) =>
    new Worker('bench-noop', () => Promise.resolve(), {
      connection: c,
      prefix: bullPrefix,
      concurrency: env.MAIL_CONCURRENCY,
    }),
);
const eventsConnection = floorConnection.duplicate();
const events = new QueueEvents('bench-noop', { connection: eventsConnection, prefix: bullPrefix });
t = performance.now();
await floorQueue.addBulk(ids.map((id) => ({ name: 'noop', data: { id }, opts: { removeOnComplete: true } })));
await timeUntil(async () => {
  const counts = await floorQueue.getJobCounts('wait', 'active');
  return counts.wait === 0 && counts.active === 0;
});
const bullFloorSeconds = seconds(t);
await Promise.all(floorWorkers.map((w) => w.close()));
await events.close();
await floorQueue.obliterate({ force: true });
await floorQueue.close();

progress('floor: bare nodemailer');
// 4. Floor: bare nodemailer sends of the same messages to the same sink: the app's pool (one
// transport per process, nodemailer's default of 5 connections) and as many senders at once as the
// workers run jobs; each message is the subject and bodies of a delivered reminder.
const sample = (await OutboxEmail.findOne({ where: { status: 'sent' }, order: [['id', 'ASC']] }))!;
const transport = nodemailer.createTransport(`${env.SMTP_URL}?pool=true`);
const before = received;
t = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: workerCount * env.MAIL_CONCURRENCY }, async () => {
    while (next < n) {
      next += 1;
      await transport.sendMail({
        from: env.MAIL_FROM,
        to: sample.toAddress,
        subject: sample.subject,
        text: sample.textBody,
        html: sample.htmlBody,
      });
    }
  }),
);
const mailFloorSeconds = seconds(t);
transport.close();

console.log(
  `bench/reminders — ${deadlineCount} deadlines, ${centreCount} centres, ${workerCount} workers × ${env.MAIL_CONCURRENCY}`,
);
console.log(`sweep for ${today}: ${sweepSeconds.toFixed(2)} s, ${written.reminders} reminders written`);
console.log(
  `delivery of ${n} reminders: ${deliverySeconds.toFixed(2)} s (${(n / deliverySeconds).toFixed(0)}/s)` +
    ` | floors: no-op BullMQ ${bullFloorSeconds.toFixed(2)} s (ratio ${(deliverySeconds / bullFloorSeconds).toFixed(1)}),` +
    ` bare nodemailer ${mailFloorSeconds.toFixed(2)} s for ${received - before} (ratio ${(deliverySeconds / mailFloorSeconds).toFixed(1)})`,
);

await releaseSharedResources();
await Promise.all(connections.map((c) => c.quit()));
await floorConnection.quit();
// BullMQ leaves connections it was given open; without these the process would not exit.
await Promise.all([...floorConnections, eventsConnection].map((c) => c.quit()));
await sequelize.close();
await new Promise<void>((resolve) => sink.close(() => resolve()));
