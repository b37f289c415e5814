// A Redis from before the queues by kind of work: what waits on `general` moves to its task's
// queue under the same id and with its progress; the old repeating jobs go.
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { bullPrefix, createBullConnection } from '../../workflows/connection.js';
import { QueueSet } from '../../workflows/queues.js';
import { LEGACY_QUEUE, retireLegacyQueue } from '../../workflows/legacyQueue.js';

describe('workflows/legacyQueue', () => {
  let connection: Redis;
  let legacy: Queue;
  let queues: QueueSet;

  before(() => {
    connection = createBullConnection();
    legacy = new Queue(LEGACY_QUEUE, { connection, prefix: bullPrefix });
    queues = new QueueSet(connection);
  });

  after(async () => {
    await legacy.obliterate({ force: true });
    await legacy.close();
    await queues.close();
    await connection.quit();
  });

  it('moves waiting and delayed jobs to their queues with id and progress, and drops the old schedulers', async () => {
    await legacy.upsertJobScheduler('sweep-reminders', { every: 3_600_000 }, { name: 'sweep-reminders', data: {} });
    const bulkId = `render-letters-2097-${randomUUID()}`;
    const bulk = await legacy.add('render-letters', { year: 2097, actorId: 1 }, { jobId: bulkId });
    const checkpoint = { done: 1, total: 3, lastId: 5, results: { rendered: [], failed: [] } };
    await bulk.updateProgress(checkpoint);
    const mailId = `send-email-999999-${randomUUID()}`;
    await legacy.add('send-email', { emailId: 999_999 }, { jobId: mailId, delay: 60_000 });

    expect(await retireLegacyQueue(connection, queues)).to.deep.equal({ moved: 2 });

    expect(await legacy.getJobSchedulers()).to.deep.equal([]);
    expect(await legacy.getJobCounts('waiting', 'delayed', 'prioritized')).to.deep.equal({
      waiting: 0,
      delayed: 0,
      prioritized: 0,
    });
    const movedBulk = (await queues.get('bulk').getJob(bulkId))!;
    expect(movedBulk.name).to.equal('render-letters');
    expect(movedBulk.progress).to.deep.equal(checkpoint);
    expect(await movedBulk.getState()).to.equal('waiting');
    const movedMail = (await queues.get('mail').getJob(mailId))!;
    expect(await movedMail.getState()).to.equal('delayed');
    expect(movedMail.delay).to.be.within(50_000, 60_000);

    // Nothing left to move the second time.
    expect(await retireLegacyQueue(connection, queues)).to.deep.equal({ moved: 0 });
    await movedBulk.remove();
    await movedMail.remove();
  });
});
