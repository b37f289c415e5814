// waitForQueueIdle itself: it returns only once a delayed job has run, and names what is stuck.
import { expect } from 'chai';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { waitForQueueIdle } from './queues.js';
import { bullPrefix, createBullConnection } from '../../workflows/connection.js';
import { createQueue } from '../../workflows/queues.js';
import { createWorker } from '../../workflows/worker.js';
import type { QueueWorkers } from '../../workflows/worker.js';

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
    const worker: QueueWorkers = createWorker(connection, { concurrency: 1, queues: ['maintenance'] });
    const queue = createQueue('maintenance', connection);
    try {
      // No task has this name: the worker takes it and fails it, which is finished all the same.
      const job = await queue.add('idle-probe-delayed', {}, { delay: 400 });
      const started = Date.now();
      await waitForQueueIdle();
      expect(Date.now() - started).to.be.at.least(350);
      expect(await job.getState()).to.equal('failed');
      await job.remove();
    } finally {
      await worker.close();
      await queue.close();
    }
  });
});
