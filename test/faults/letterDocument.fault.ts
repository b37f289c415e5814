// An issued letter's stored PDF under racing renders: the bulk issue renders each letter inline
// while the letter's own job (on a second worker) and first views (here, the test process) ask
// for the same document at the same moment. One render wins; the stored file's SHA-256 is the
// recorded one, and each letter has one document.
import { createHash } from 'node:crypto';
import { expect } from 'chai';
import { approvedLetters, letterInReview } from '../support/letters.js';
import { Op } from 'sequelize';
import { as } from '../support/http.js';
import { startEntryPoint, exitOf } from '../support/processes.js';
import { waitFor } from '../support/waitFor.js';
import { GrantLetter, LetterDocument } from '../../server/models/index.js';
import { ensureLetterDocument } from '../../server/letters/letterDocument.js';
import { storage } from '../../server/storage/index.js';
import { sharedQueue } from '../../workflows/queues.js';
import { IssueLetterTask } from '../../workflows/tasks/IssueLetterTask.js';
import { OutboxEmail } from '../../server/models/index.js';

describe('faults: racing renders of an issued letter', function () {
  const year = 2035;
  const centres = ['NKVTS', 'NSSF', 'SANKS', 'KORUS-NORD'];

  it('stores one document per letter whose file hashes to the recorded SHA-256', async () => {
    const officer = await as('caseOfficer');
    const letterIds = await approvedLetters(centres, year);
    const workers = [1, 2].map(() =>
      startEntryPoint('workflows/run-worker.ts', { DOCUMENT_CONCURRENCY: '2', LOG_LEVEL: 'error' }),
    );
    try {
      const started = await officer.post('/api/letters/bulk/issue', { year });
      expect(started.status, JSON.stringify(started.body)).to.equal(202);
      // First views from this process, each letter twice at once, as soon as it is issued.
      const viewed = new Set<number>();
      await waitFor(
        async () => {
          const issued = await GrantLetter.findAll({ where: { id: letterIds, status: 'issued' }, attributes: ['id'] });
          const fresh = issued.filter((letter) => !viewed.has(letter.id));
          fresh.forEach((letter) => viewed.add(letter.id));
          await Promise.all(
            fresh.flatMap((letter) => [ensureLetterDocument(letter.id), ensureLetterDocument(letter.id)]),
          );
          return viewed.size === letterIds.length;
        },
        'every letter issued and viewed',
        90_000,
      );
      await waitFor(
        async () => (await LetterDocument.count({ where: { letterId: letterIds } })) === letterIds.length,
        'the documents',
        60_000,
      );
      const { events } = await officer.events(`/api/jobs/${started.body.id}/events`);
      expect(events.at(-1)!.data.result.issued).to.have.members(letterIds);
    } finally {
      for (const worker of workers) {
        worker.kill('SIGTERM');
        await exitOf(worker, 30_000);
      }
    }
    for (const letterId of letterIds) {
      const documents = await LetterDocument.findAll({ where: { letterId } });
      expect(documents).to.have.length(1);
      const stored = await storage.get(documents[0]!.storageKey);
      expect(createHash('sha256').update(stored).digest('hex'), `letter ${letterId}`).to.equal(documents[0]!.sha256);
      expect(stored.length).to.equal(documents[0]!.byteSize);
    }
  });

  it('an issued letter whose job the queue lost still gets its PDF and e-mail from a worker', async () => {
    const officer = await as('caseOfficer');
    const id = await letterInReview('NAPHA', 2036);
    expect((await officer.post(`/api/letters/${id}/issue`)).body.status).to.equal('issued');
    // The queue forgets the letter's job, as a Redis restarted without persistence would.
    const job = await sharedQueue('documents').getJob(IssueLetterTask.jobId(id));
    expect(job, 'the job the issue queued').to.not.equal(undefined);
    await job!.remove();
    const worker = startEntryPoint('workflows/run-worker.ts', { LOG_LEVEL: 'error' });
    try {
      await waitFor(() => LetterDocument.findOne({ where: { letterId: id } }), 'the stored PDF', 60_000);
      await waitFor(
        () => OutboxEmail.findOne({ where: { dedupeKey: { [Op.like]: `letter-issued:${id}:%` } } }),
        'the e-mail to the centre',
        30_000,
      );
    } finally {
      worker.kill('SIGTERM');
      await exitOf(worker, 30_000);
    }
  });
});
