// waitForQueueIdle itself: it returns only once a delayed job has run, and names what is stuck.
import { expect } from 'chai';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { waitForQueueIdle } from './queues.js';
import { bullPrefix, createBullConnection } from '../../workflows/connection.js';

describe('test/support/queues', () => {
  let connection: Redis;
  before(() => {
    connection = createBullConnection();
  });
  after(() => connection.quit());

  it('names a job nobody takes, and times out', async () => {
    // A queue of its own, which no worker serves (the app's queues may have one running).
    const queue = new Queue('idle-probe', { connection, prefix: bullPrefix });
    await queue.add('stuck', {});
    try {
      const failure = await waitForQueueIdle(300).then(
        () => null,
        (error: Error) => error,
      );
      expect(failure?.message).to.match(/idle-probe: 1 wait/);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  it('waits for a delayed job to be taken and finished', async () => {
    // A queue and worker of their own: jobs other files left on the app's queues do not count here.
    const queue = new Queue('idle-probe-delayed', { connection, prefix: bullPrefix });
    const worker = new Worker('idle-probe-delayed', () => Promise.resolve('done'), {
      connection: connection.duplicate(),
      prefix: bullPrefix,
    });
    try {
      const job = await queue.add('probe', {}, { delay: 400 });
      const started = Date.now();
      await waitForQueueIdle(20_000, ['idle-probe-delayed']);
      expect(Date.now() - started).to.be.at.least(350);
      expect(await job.getState()).to.equal('completed');
    } finally {
      await worker.close();
      await worker.disconnect();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
