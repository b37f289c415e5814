// Reminder delivery through real worker processes and a real SMTP server that the test controls:
// nothing is lost while SMTP refuses, and a worker killed with SIGKILL mid-batch hands its work to
// the next one without sending anything twice.
import { expect } from 'chai';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Op } from 'sequelize';
import { startEntryPoint, exitOf } from '../support/processes.js';
import { startSmtpSink } from '../support/smtpSink.js';
import { waitFor } from '../support/waitFor.js';
import { SweepRemindersTask, enqueuePendingEmails } from '../../workflows/tasks/SweepRemindersTask.js';
import { sweepReminders } from '../../server/reminders/sweep.js';
import { startPrivateRedis } from '../support/privateRedis.js';
import { bullPrefix } from '../../workflows/connection.js';
import { GENERAL_QUEUE } from '../../workflows/queues.js';
import { Centre, Deadline, OutboxEmail, Reminder } from '../../server/models/index.js';

const sweep = new SweepRemindersTask();

async function deadlines(prefix: string, count: number, dueDate: string) {
  const centre = (await Centre.findOne({ where: { code: 'NAPHA' } }))!;
  const made = await Deadline.bulkCreate(
    Array.from({ length: count }, (_, i) => ({
      centreId: centre.id,
      year: Number(dueDate.slice(0, 4)),
      kind: 'custom' as const,
      title: `${prefix} ${i + 1}`,
      dueDate,
      periodYear: null,
      letterId: null,
      assignmentId: null,
      steeringMeetingId: null,
    })),
  );
  return made.map((d) => d.id);
}

async function outboxOf(deadlineIds: number[]) {
  const reminders = await Reminder.findAll({ where: { deadlineId: deadlineIds } });
  return OutboxEmail.findAll({ where: { id: { [Op.in]: reminders.map((r) => r.outboxEmailId!) } } });
}

const workerEnv = (smtpUrl: string, extra: Record<string, string> = {}) => ({
  SMTP_URL: smtpUrl,
  JOB_BACKOFF_MS: '200',
  WORKER_LOCK_MS: '1500',
  LOG_LEVEL: 'warn',
  ...extra,
});

describe('workflows: reminder delivery under failure', function () {
  this.timeout(90_000);

  it('loses nothing while the SMTP server refuses, and delivers everything once it accepts', async () => {
    const sink = await startSmtpSink();
    sink.state.refuse = true;
    const worker = startEntryPoint('workflows/run-worker.ts', workerEnv(sink.url));
    try {
      const ids = await deadlines('Nedetid', 4, '2031-03-11');
      await sweep.perform({ today: '2031-03-04' });
      await waitFor(() => sink.state.refused >= 8, 'refused attempts', 30_000);
      const waiting = await outboxOf(ids);
      expect(waiting.map((e) => e.status)).to.deep.equal(['pending', 'pending', 'pending', 'pending']);
      expect(waiting.every((e) => e.lastError?.includes('451'))).to.equal(true);

      sink.state.refuse = false;
      await waitFor(async () => (await outboxOf(ids)).every((e) => e.status === 'sent'), 'all sent', 30_000);
      const ours = sink.state.received.filter((m) => m.subject?.includes('Nedetid'));
      expect(ours).to.have.length(4);
      expect(new Set(ours.map((m) => m.messageId)).size).to.equal(4);
      expect((await outboxOf(ids)).every((e) => e.attempts > 1)).to.equal(true);
    } finally {
      worker.kill('SIGTERM');
      await exitOf(worker);
      await sink.close();
    }
  });

  it('finishes a batch after its worker is killed with SIGKILL, delivering each reminder once', async () => {
    const sink = await startSmtpSink();
    sink.state.delayMs = 250; // slow enough that the kill lands mid-batch
    const ids = await deadlines('Avbrudd', 12, '2031-09-09');
    const first = startEntryPoint('workflows/run-worker.ts', workerEnv(sink.url, { WORKER_CONCURRENCY: '2' }));
    let second: ReturnType<typeof startEntryPoint> | undefined;
    try {
      await sweep.perform({ today: '2031-09-02' });
      await waitFor(() => sink.state.received.length >= 3, 'the first deliveries', 30_000);
      await new Promise((resolve) => setTimeout(resolve, 120)); // into the next messages' SMTP wait
      first.kill('SIGKILL');
      await exitOf(first);
      const deliveredBeforeKill = sink.state.received.length;
      expect(deliveredBeforeKill).to.be.lessThan(12);

      second = startEntryPoint('workflows/run-worker.ts', workerEnv(sink.url));
      await waitFor(
        async () => (await outboxOf(ids)).every((e) => e.status === 'sent'),
        'all sent after restart',
        60_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ours = sink.state.received.filter((m) => m.subject?.includes('Avbrudd'));
      // Every reminder arrived, under one Message-ID each. A kill in the instant between the SMTP
      // server's 250 and the outbox update can only resend a job that was in flight (at most the
      // worker's concurrency, 2), and then with the same Message-ID, which receivers drop.
      expect(new Set(ours.map((m) => m.messageId)).size).to.equal(12);
      expect(ours.length).to.be.within(12, 14);
      expect(
        await OutboxEmail.count({ where: { id: (await outboxOf(ids)).map((e) => e.id), status: 'sent' } }),
      ).to.equal(12);
    } finally {
      second?.kill('SIGTERM');
      if (second) await exitOf(second);
      await sink.close();
    }
  });

  it('delivers everything once after Redis restarts empty in the middle of a batch', async () => {
    const sink = await startSmtpSink();
    sink.state.delayMs = 200;
    const redis = await startPrivateRedis();
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    connection.on('error', () => undefined); // refused while Redis restarts, as intended
    const queue = new Queue(GENERAL_QUEUE, { connection, prefix: bullPrefix });
    const worker = startEntryPoint(
      'workflows/run-worker.ts',
      workerEnv(sink.url, { REDIS_URL: redis.url, WORKER_CONCURRENCY: '1' }),
    );
    try {
      const ids = await deadlines('Omstart', 8, '2031-10-14');
      await sweepReminders('2031-10-07'); // writes the reminders and their e-mails (the database part)
      expect(await enqueuePendingEmails(queue)).to.be.greaterThanOrEqual(8);
      await waitFor(() => sink.state.received.length >= 2, 'the first deliveries', 30_000);

      await redis.restart(); // every queued job is gone: Redis kept nothing on disk
      expect(await queue.count()).to.equal(0);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the job in flight finishes
      expect((await outboxOf(ids)).filter((e) => e.status === 'pending').length).to.be.greaterThan(0);

      await enqueuePendingEmails(queue); // what the next sweep does
      await waitFor(async () => (await outboxOf(ids)).every((e) => e.status === 'sent'), 'all sent', 60_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ours = sink.state.received.filter((m) => m.subject?.includes('Omstart'));
      expect(ours).to.have.length(8);
      expect(new Set(ours.map((m) => m.messageId)).size).to.equal(8);
    } finally {
      worker.kill('SIGTERM');
      await exitOf(worker);
      await queue.close();
      await connection.quit();
      await redis.stop();
      await sink.close();
    }
  });
});
