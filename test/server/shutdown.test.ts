// Graceful shutdown of `npm start` (API + worker) as a real process: SIGTERM with an event stream
// open and a bulk job running ends the stream at once with a reconnect hint, hands the job back
// to the queue between two letters, and exits 0 well within SHUTDOWN_TIMEOUT_MS; another worker
// then finishes the job from where it stopped.
import { expect } from 'chai';
import { testYears } from '../support/testYears.js';
import { approvedLetters } from '../support/letters.js';
import { Job } from 'bullmq';
import { env } from '../../server/env.js';
import { sequelize } from '../../server/db/sequelize.js';
import { GrantLetter } from '../../server/models/index.js';
import { createBullConnection } from '../../workflows/connection.js';
import { queueNames, sharedQueue } from '../../workflows/queues.js';
import { closeWorker, createWorker } from '../../workflows/worker.js';
import { Client, demoUsers } from '../support/http.js';
import { exitOf, startEntryPoint, waitForOutput } from '../support/processes.js';
import { waitFor } from '../support/waitFor.js';
import { testServer } from '../support/server.js';
import { deleteKeysWithPrefix } from '../support/redis.js';

/** Reads a server-sent event stream as it comes: wait for some text, or for its end. */
function followEventStream(url: string, cookie: string) {
  let text = '';
  const ended = (async () => {
    const response = await fetch(url, { headers: { cookie } });
    expect(response.status).to.equal(200);
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) text += decoder.decode(chunk as Uint8Array, { stream: true });
    return text;
  })();
  ended.catch(() => undefined); // awaited by the test; a failure must not go unhandled meanwhile
  return {
    ended,
    until: (pattern: RegExp) => waitFor(() => pattern.test(text), `${pattern} in the event stream`, 30_000),
  };
}

const bulkQueue = () => sharedQueue('bulk');
const stateOf = async (id: string) => (await Job.fromId(bulkQueue(), id))?.getState();

describe('graceful shutdown: server/main.ts with a worker, as a process', () => {
  const year = testYears.shutdown;
  const centres = ['RVTS-OST', 'RVTS-SOR', 'RVTS-VEST'];
  const letterIds: number[] = [];

  // The process scheduled the repeating jobs in the suite's Redis; later files' workers must not run them.
  after(async () => {
    for (const name of queueNames)
      for (const scheduler of await sharedQueue(name).getJobSchedulers())
        await sharedQueue(name).removeJobScheduler(scheduler.key);
  });

  before(async () => {
    letterIds.push(...(await approvedLetters(centres, year)));
  });

  it('ends the event stream, hands the bulk job back between two letters, exits 0 well within the cap; another worker finishes it', async function () {
    this.timeout(120_000);
    const child = startEntryPoint('server/main.ts', {
      PORT: '0',
      RUN_WORKER: 'true',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
    });
    // The test holds the second letter's row, so the job is surely between letters 1 and 3 when
    // SIGTERM comes, and still busy with letter 2 while the stream must already have ended.
    const lock = await sequelize.transaction();
    let locked = true;
    let jobId = '';
    try {
      await waitForOutput(child, /"msg":"listening"/, 45_000);
      const port = /"port":(\d+)[^\n]*"msg":"listening"/.exec(child.output())![1];
      const baseUrl = `http://127.0.0.1:${port}`;
      const client = new Client(baseUrl);
      // A fresh login: the suite's many earlier logins must not count against it.
      await deleteKeysWithPrefix(testServer.redis!, `${env.REDIS_PREFIX}:rl:`);
      const login = await client.post('/api/auth/login', { email: demoUsers.caseOfficer, password: env.DEMO_PASSWORD });
      expect(login.status).to.equal(200);
      await GrantLetter.findByPk(letterIds[1], { transaction: lock, lock: lock.LOCK.UPDATE });

      const started = await client.post('/api/letters/bulk/issue', { year });
      expect(started.status, JSON.stringify(started.body)).to.equal(202);
      jobId = started.body.id;
      const stream = followEventStream(`${baseUrl}/api/jobs/${jobId}/events`, client.sessionCookie);
      await stream.until(/"done":1,"total":3/);

      const signalled = performance.now();
      child.kill('SIGTERM');
      const text = await stream.ended;
      expect(text).to.match(/^retry: \d+$/m); // the browser's EventSource reconnects after that long
      expect(performance.now() - signalled, 'the stream ended while a letter was still under way').to.be.below(2000);
      expect(await stateOf(jobId)).to.equal('active');

      await lock.rollback();
      locked = false;
      expect(await exitOf(child, env.SHUTDOWN_TIMEOUT_MS + 5000)).to.equal(0);
      expect(performance.now() - signalled).to.be.below(env.SHUTDOWN_TIMEOUT_MS / 2);
      expect(child.output()).to.match(/"msg":"shut down"/);
    } finally {
      if (locked) await lock.rollback();
      if (child.exitCode === null) child.kill('SIGKILL');
    }

    // Handed back, not left active for its lock to expire: waiting, with the progress it had.
    expect(await stateOf(jobId)).to.equal('waiting');
    const handedBack = (await Job.fromId(bulkQueue(), jobId))!;
    expect(handedBack.progress).to.include({ done: 2, total: 3, lastId: letterIds[1] });

    const connection = createBullConnection();
    const worker = createWorker(connection, { concurrency: 1 });
    try {
      await waitFor(async () => (await stateOf(jobId)) === 'completed', 'the job finished by another worker', 60_000);
    } finally {
      await closeWorker(worker);
      await connection.quit();
    }
    const finished = (await Job.fromId(bulkQueue(), jobId))!;
    const result = finished.returnvalue as { total: number; issued: number[]; failed: { letterId: number }[] };
    // Each letter once across both runs (listed as failed where its PDF could not be made, e.g. no Chromium).
    expect(result.total).to.equal(3);
    expect([...result.issued, ...result.failed.map((f) => f.letterId)].sort()).to.deep.equal([...letterIds].sort());
    expect(finished.progress).to.include({ done: 3, total: 3 });
    const statuses = await GrantLetter.findAll({ where: { id: letterIds }, attributes: ['status'] });
    expect(statuses.map((letter) => letter.status)).to.deep.equal(['issued', 'issued', 'issued']);
  });
});
