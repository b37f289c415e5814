// Queues by kind of work: a bulk issue busy with a long render, and a letter's own document job
// stuck behind the same render, hold neither the reminder sweep nor its e-mail back. The worker
// has one slot per queue, as a single queue with one slot would have had — and there the sweep
// would have waited for the bulk job.
import { expect } from 'chai';
import { approvedLetters } from '../support/letters.js';
import { Op } from 'sequelize';
import type { Redis } from 'ioredis';
import { as } from '../support/http.js';
import { waitFor } from '../support/waitFor.js';
import { createBullConnection } from '../../workflows/connection.js';
import { createWorker, type QueueWorkers } from '../../workflows/worker.js';
import { enqueue, queueNames, sharedQueue } from '../../workflows/queues.js';
import { tasks } from '../../workflows/tasks/index.js';
import { IssueLetterTask } from '../../workflows/tasks/IssueLetterTask.js';
import { SweepRemindersTask } from '../../workflows/tasks/SweepRemindersTask.js';
import { lockName, withNamedLock } from '../../server/db/namedLock.js';
import { CaughtEmail, Centre, Deadline } from '../../server/models/index.js';

/** Holds a letter's document lock, as a render that takes minutes would, until release() is called. */
async function holdDocumentLock(letterId: number) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let acquired!: () => void;
  const held = new Promise<void>((resolve) => (acquired = resolve));
  const done = withNamedLock(lockName(`letter-document:${letterId}`), async () => {
    acquired();
    await released;
  });
  await held;
  return async () => {
    release();
    await done;
  };
}

describe('workflows/queues: queues by kind of work', () => {
  const year = 2096;
  const centres = ['KORUS-BERGEN', 'KORUS-STAVANGER'];
  const letterIds: number[] = [];
  let connection: Redis;
  let worker: QueueWorkers;

  before(async () => {
    connection = createBullConnection();
    worker = createWorker(connection, { concurrency: 1 });
    letterIds.push(...(await approvedLetters(centres, year)));
  });

  after(async () => {
    await worker.close();
    await connection.quit();
  });

  it('puts every task on one of the queues, and runs a worker for each queue', () => {
    for (const task of tasks) expect(queueNames, task.name).to.include(task.queue);
    expect([...worker.workers.keys()]).to.have.members([...queueNames]);
    const queueOf = Object.fromEntries(tasks.map((task) => [task.name, task.queue]));
    expect(queueOf).to.include({
      'send-email': 'mail',
      'issue-letter': 'documents',
      'issue-approved-letters': 'bulk',
      'render-letters': 'bulk',
      'sweep-reminders': 'maintenance',
    });
  });

  it('delivers a reminder promptly while a bulk issue and a letter job wait on a long render', async function () {
    this.timeout(90_000);
    const officer = await as('caseOfficer');
    const releaseRender = await holdDocumentLock(letterIds[0]!);
    let released = false;
    try {
      const started = await officer.post('/api/letters/bulk/issue', { year });
      expect(started.status, JSON.stringify(started.body)).to.equal(202);
      const jobId: string = started.body.id;
      // The first letter is issued and its PDF is "rendering": the bulk job waits on it inline, and
      // the letter's own issue-letter job waits on it in the one document slot.
      const letterJobState = async () =>
        (await sharedQueue('documents').getJob(IssueLetterTask.jobId(letterIds[0]!)))?.getState();
      await waitFor(async () => (await letterJobState()) === 'active', 'the letter job busy on the render', 30_000);
      expect((await officer.get(`/api/jobs/${jobId}`)).body).to.deep.include({
        state: 'active',
        progress: { done: 0, total: 2 },
      });

      // A reminder due today: the sweep writes it, a send job delivers it.
      const centre = (await Centre.findOne({ where: { code: 'NAPHA' } }))!;
      const title = 'Beredskapsplan Kappa';
      await Deadline.create({
        centreId: centre.id,
        year: 2037,
        kind: 'custom',
        title,
        dueDate: '2037-09-16',
        periodYear: null,
        letterId: null,
        assignmentId: null,
        steeringMeetingId: null,
      });
      const queuedAt = performance.now();
      await enqueue(new SweepRemindersTask(), { today: '2037-09-09' }); // 7 days before
      const delivered = await waitFor(
        () => CaughtEmail.findOne({ where: { subject: { [Op.like]: `%${title}%` } } }),
        'the reminder e-mail, while the bulk job is busy',
        15_000,
      );
      expect(delivered.envelopeTo).to.deep.equal(['leder@napha.example']);
      expect(performance.now() - queuedAt, 'milliseconds from sweep to delivery').to.be.below(10_000);
      // ... and it overtook them: the render still holds both.
      expect((await officer.get(`/api/jobs/${jobId}`)).body.state).to.equal('active');
      expect(await letterJobState()).to.equal('active');

      await releaseRender();
      released = true;
      const finished = await waitFor(
        async () => {
          const status = await officer.get(`/api/jobs/${jobId}`);
          return status.body.state === 'completed' ? status.body : null;
        },
        'the bulk job finished once the render is done',
        60_000,
      );
      expect(finished.result.issued).to.have.members(letterIds);
    } finally {
      if (!released) await releaseRender();
    }
  });
});
