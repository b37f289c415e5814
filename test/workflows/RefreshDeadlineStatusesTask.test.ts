// The deadline status job, run through a real BullMQ queue and worker on the test Redis.
import { makeCentre } from '../support/factories.js';
import { expect } from 'chai';
import { QueueEvents } from 'bullmq';
import { createBullConnection, bullPrefix } from '../../workflows/connection.js';
import { enqueue, sharedQueue } from '../../workflows/queues.js';
import { createWorker } from '../../workflows/worker.js';
import { RefreshDeadlineStatusesTask } from '../../workflows/tasks/RefreshDeadlineStatusesTask.js';
import { Op } from 'sequelize';
import { Deadline } from '../../server/models/index.js';

describe('workflows/RefreshDeadlineStatusesTask', () => {
  // Made when this file's tests run, not when mocha loads it: a worker alive for the whole run
  // would take other files' jobs while they count rows.
  let connection: ReturnType<typeof createBullConnection>;
  let eventsConnection: ReturnType<typeof createBullConnection>;
  let events: QueueEvents;
  let worker: ReturnType<typeof createWorker>;

  before(() => {
    connection = createBullConnection();
    eventsConnection = createBullConnection();
    events = new QueueEvents(new RefreshDeadlineStatusesTask().queue, {
      connection: eventsConnection,
      prefix: bullPrefix,
    });
    worker = createWorker(connection, { concurrency: 1, queues: ['maintenance'] });
  });

  after(async () => {
    await worker.close();
    await events.close();
    await connection.quit();
    await eventsConnection.quit();
  });

  it('marks past deadlines overdue and near ones due soon, leaving handed-in ones alone', async () => {
    // A centre of its own: an overdue deadline would hold another file's payments to a seeded centre.
    const centre = await makeCentre();
    const make = (dueDate: string, status: Deadline['status'] = 'upcoming') =>
      Deadline.create({
        centreId: centre.id,
        year: 2040,
        kind: 'custom',
        title: dueDate,
        dueDate,
        status,
        periodYear: null,
        letterId: null,
        assignmentId: null,
        steeringMeetingId: null,
      });
    const past = await make('2040-03-01');
    const near = await make('2040-03-20');
    const far = await make('2040-06-01');
    const submitted = await make('2040-03-02', 'submitted');
    // The job refreshes every centre's deadlines as of 2040: the other files' open ones (the demo's
    // too) would be left overdue, and an overdue hand-in holds that centre's payments. Put back after.
    const others = await Deadline.findAll({
      attributes: ['id', 'status'],
      where: { centreId: { [Op.ne]: centre.id }, status: ['upcoming', 'due_soon'] },
    });

    try {
      const job = await enqueue(new RefreshDeadlineStatusesTask(), { today: '2040-03-10' });
      const result = await job.waitUntilFinished(events, 20_000);
      expect(result.changed).to.be.at.least(2);

      const statuses = await Promise.all([past, near, far, submitted].map(async (d) => (await d.reload()).status));
      expect(statuses).to.deep.equal(['overdue', 'due_soon', 'upcoming', 'submitted']);

      // Running again changes none of them.
      const again = await enqueue(new RefreshDeadlineStatusesTask(), { today: '2040-03-10' });
      await again.waitUntilFinished(events, 20_000);
      expect(
        await Promise.all([past, near, far].map(async (d) => (await d.reload()).updatedAt.getTime())),
      ).to.deep.equal([past, near, far].map((d) => d.updatedAt.getTime()));
    } finally {
      await Deadline.destroy({ where: { year: 2040 } });
      for (const status of ['upcoming', 'due_soon'] as const) {
        const ids = others.filter((d) => d.status === status).map((d) => d.id);
        if (ids.length > 0) await Deadline.update({ status }, { where: { id: ids } });
      }
    }
  });

  it('refuses a job whose payload is not what the task expects', async () => {
    const job = await sharedQueue('maintenance').add(
      'refresh-deadline-statuses',
      { today: 'tomorrow' },
      { attempts: 1 },
    );
    let failure: unknown;
    await job.waitUntilFinished(events, 20_000).catch((error: unknown) => (failure = error));
    expect(String(failure)).to.match(/date/i);
  });
});
