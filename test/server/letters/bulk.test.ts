// Issue every approved letter of a year, and render every letter, as one job each, followed
// through /api/jobs and its event stream, with a real worker.
import { expect } from 'chai';
import { testYears } from '../../support/testYears.js';
import { letterInReview } from '../../support/letters.js';
import { sharedQueue } from '../../../workflows/queues.js';
import { IssueLetterTask } from '../../../workflows/tasks/IssueLetterTask.js';
import type { Redis } from 'ioredis';
import { as } from '../../support/http.js';
import { createBullConnection } from '../../../workflows/connection.js';
import { createWorker, type QueueWorkers } from '../../../workflows/worker.js';
import { LetterDocument } from '../../../server/models/index.js';

describe('letters: bulk jobs with progress', () => {
  const year = testYears.bulkJobs;
  const centres = ['NKVTS', 'NSSF', 'SANKS'];
  const letterIds: number[] = [];
  let connection: Redis;
  let worker: QueueWorkers;

  before(async () => {
    connection = createBullConnection();
    worker = createWorker(connection, { concurrency: 1 });
    // Two approved, one left in review: the bulk issue must leave that one alone.
    for (const centre of centres) letterIds.push(await letterInReview(centre, year, { approve: centre !== 'SANKS' }));
  });

  after(async () => {
    await worker.close();
    await connection.quit();
  });

  it('issues every approved letter of the year, pushing progress until done', async () => {
    const officer = await as('caseOfficer');
    const started = await officer.post('/api/letters/bulk/issue', { year });
    expect(started.status, JSON.stringify(started.body)).to.equal(202);
    const { events } = await officer.events(`/api/jobs/${started.body.id}/events`);
    const last = events.at(-1)!;
    expect(last.event).to.equal('done');
    expect(last.data.state).to.equal('completed');
    expect(last.data.progress).to.deep.equal({ done: 2, total: 2 });
    expect(last.data.result.issued).to.have.members(letterIds.slice(0, 2));
    const done = events.map((e) => e.data.progress?.done ?? -1);
    expect([...done].sort((a, b) => a - b)).to.deep.equal(done); // never goes backwards

    const statuses = await Promise.all(
      letterIds.map(async (id) => (await officer.get(`/api/letters/${id}`)).body.status),
    );
    expect(statuses).to.deep.equal(['issued', 'issued', 'in_review']);
    expect(await LetterDocument.count({ where: { letterId: letterIds } })).to.equal(2);
    // Each issued letter also has its own (retrying) job, so a worker dying mid-batch loses no PDF or e-mail.
    for (const id of letterIds.slice(0, 2))
      expect(
        await sharedQueue('documents').getJob(IssueLetterTask.jobId(id)),
        `issue-letter job for ${id}`,
      ).to.not.equal(undefined);

    const status = await officer.get(`/api/jobs/${started.body.id}`);
    expect(status.body).to.include({ state: 'completed', name: 'issue-approved-letters' });
  });

  it('renders every letter of the year, and hides jobs from centres and other ids', async () => {
    const officer = await as('caseOfficer');
    const started = await officer.post('/api/letters/bulk/render', { year });
    const { events } = await officer.events(`/api/jobs/${started.body.id}/events`);
    const result = events.at(-1)!.data.result;
    expect(result.total).to.equal(3);
    expect(result.failed).to.deep.equal([]);
    expect(result.rendered.map((r: { stored: boolean }) => r.stored)).to.deep.equal([true, true, false]);
    expect((await (await as('naphaLeader')).get(`/api/jobs/${started.body.id}`)).status).to.equal(404);
    expect((await (await as('finance')).post('/api/letters/bulk/issue', { year })).status).to.equal(403);
    expect((await officer.get('/api/jobs/send-email-1')).status).to.equal(400);
  });
});
