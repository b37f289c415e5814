// Reminders at scale: 100 000 deadlines across 60 centres. Prints the sweep time, then the time to
// deliver every reminder due today to a local SMTP sink through BullMQ workers beside two floors,
// interleaved over ROUNDS rounds (min/median/max and per-round ratios):
//   no-op BullMQ:     the same jobs (MAIL_BATCH_SIZE e-mails each), doing nothing, on as many
//                     workers and slots;
//   bare nodemailer:  the same messages (subject, text and HTML of each e-mail) sent through the
//                     app's pool (one pooled transport, nodemailer's 5 connections) to the same
//                     sink, as many at once as the workers run jobs.
// Between rounds the delivered e-mails and their reminders are put back to pending and their
// delivery marks removed, so each round delivers the same e-mails again.
// Run: npm run bench:reminders   (DEADLINES=100000 CENTRES=60 WORKERS=2 ROUNDS=3 to change;
// BENCH_PROFILE=dir writes a CPU profile of each run there)
import './benchEnv.js';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { Queue, Worker } from 'bullmq';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { addDays, format } from 'date-fns';
import { QueryTypes } from 'sequelize';
import { spread, ratioLine } from './stats.js';
import { startProfile } from './profile.js';
import { chunks } from '../server/chunks.js';
import { progress } from './progress.js';

const deadlineCount = Number(process.env.DEADLINES ?? 100_000);
const centreCount = Number(process.env.CENTRES ?? 60);
const workerCount = Number(process.env.WORKERS ?? 2);
const rounds = Number(process.env.ROUNDS ?? 3);
const profileDir = process.env.BENCH_PROFILE;
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
const { createRedis, deleteKeysWithPrefix, redisKey } = await import('../server/redis.js');

const seconds = (start: number) => (performance.now() - start) / 1000;

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

// 1. The sweep (once: it writes the e-mails every round then delivers).
const t = performance.now();
const written = await sweepReminders(today);
const sweepSeconds = seconds(t);
const ids = (await dueOutboxEmails(1_000_000)).map((e) => e.id);
const n = ids.length;
const messages = await sequelize.query<{ toAddress: string; subject: string; textBody: string; htmlBody: string }>(
  `SELECT to_address AS toAddress, subject, text_body AS textBody, html_body AS htmlBody
     FROM outbox_emails WHERE id IN (:ids) ORDER BY id`,
  { replacements: { ids }, type: QueryTypes.SELECT },
);

/** The delivered e-mails back to pending, with their reminders, and no delivery marks left. */
async function undeliver() {
  await sequelize.query(
    `UPDATE outbox_emails SET status = 'pending', attempts = 0, first_attempt_at = NULL, next_attempt_at = NULL,
            lease_until = NULL, sent_at = NULL, message_id = NULL WHERE id IN (:ids)`,
    { replacements: { ids } },
  );
  await sequelize.query(`UPDATE reminders SET status = 'pending' WHERE outbox_email_id IN (:ids)`, {
    replacements: { ids },
  });
  const redis = createRedis();
  await deleteKeysWithPrefix(redis, redisKey('outbox', 'accepted', ''));
  await redis.quit();
}

// 2. The product: the sweep's queueing step and the app's workers, until every e-mail is sent.
async function deliverThroughProduct(): Promise<number> {
  await undeliver();
  const connections = Array.from({ length: workerCount }, () => createBullConnection());
  const workers = connections.map((c) => createWorker(c, { queues: ['mail'] }));
  const start = performance.now();
  await queueDueEmails();
  await timeUntil(async () => (await OutboxEmail.count({ where: { status: 'sent' } })) === n);
  const took = seconds(start);
  await Promise.all(workers.map((w) => w.close()));
  await Promise.all(connections.map((c) => c.quit()));
  return took;
}

// 3. Floor: the same jobs (MAIL_BATCH_SIZE e-mails each), doing nothing, on the same workers and slots.
async function noopJobs(): Promise<number> {
  const connection = createBullConnection();
  const queue = new Queue('bench-noop', { connection, prefix: bullPrefix });
  const workerConnections = Array.from({ length: workerCount }, () => createBullConnection());
  const workers = workerConnections.map(
    (c) =>
      new Worker('bench-noop', () => Promise.resolve(), {
        connection: c,
        prefix: bullPrefix,
        concurrency: env.MAIL_CONCURRENCY,
      }),
  );
  const start = performance.now();
  const batches = chunks(ids, env.MAIL_BATCH_SIZE);
  await queue.addBulk(
    batches.map((emailIds) => ({ name: 'noop', data: { emailIds }, opts: { removeOnComplete: true } })),
  );
  await timeUntil(async () => {
    const counts = await queue.getJobCounts('wait', 'active');
    return counts.wait === 0 && counts.active === 0;
  });
  const took = seconds(start);
  await Promise.all(workers.map((w) => w.close()));
  await queue.obliterate({ force: true });
  await queue.close();
  // BullMQ leaves connections it was given open; without these the process would not exit.
  await Promise.all([connection, ...workerConnections].map((c) => c.quit()));
  return took;
}

// 4. Floor: bare nodemailer, the same messages through one pooled transport to the same sink.
async function bareNodemailer(): Promise<number> {
  const transport = nodemailer.createTransport(`${env.SMTP_URL}?pool=true`);
  const before = received;
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: workerCount * env.MAIL_CONCURRENCY }, async () => {
      while (next < n) {
        const message = messages[next]!;
        next += 1;
        await transport.sendMail({
          from: env.MAIL_FROM,
          to: message.toAddress,
          subject: message.subject,
          text: message.textBody,
          html: message.htmlBody,
        });
      }
    }),
  );
  const took = seconds(start);
  transport.close();
  if (received - before !== n) throw new Error(`the sink received ${received - before} of ${n} e-mails`);
  return took;
}

// Interleaved: each round runs all three, starting with a different one, so a machine that gets
// busier or quieter during the run weighs on each alike.
const runs = [deliverThroughProduct, noopJobs, bareNodemailer];
const timings = runs.map(() => [] as number[]);
for (let round = 0; round < rounds; round += 1) {
  for (let k = 0; k < runs.length; k += 1) {
    const which = (round + k) % runs.length;
    progress(`round ${round + 1}: ${runs[which]!.name}`);
    const profile = profileDir ? await startProfile() : null;
    timings[which]!.push(await runs[which]!());
    await profile?.stopInto(profileDir!, `${runs[which]!.name}-round-${round + 1}`);
  }
}
const [product, bull, mail] = timings as [number[], number[], number[]];

console.log(
  `bench/reminders — ${deadlineCount} deadlines, ${centreCount} centres, ${workerCount} workers × ${env.MAIL_CONCURRENCY} jobs × ${env.MAIL_BATCH_SIZE} e-mails, ${rounds} rounds`,
);
console.log(`sweep for ${today}: ${sweepSeconds.toFixed(2)} s, ${written.reminders} reminders written`);
console.log(`delivery of ${n} e-mails through the app:  ${spread(product, 's')}`);
console.log(`floor, no-op BullMQ jobs:               ${spread(bull, 's')}; app ÷ floor ${ratioLine(product, bull)}`);
console.log(`floor, bare nodemailer:                 ${spread(mail, 's')}; app ÷ floor ${ratioLine(product, mail)}`);

await releaseSharedResources();
await sequelize.close();
await new Promise<void>((resolve) => sink.close(() => resolve()));
