// With the database or Redis unreachable the API answers 503 with Retry-After at once (not 500,
// not after a 12 s wait), /api/health says which one is down, and the API serves again by itself
// once it is back. A write that has committed stays a success when only queueing its follow-up
// job fails; a request that is nothing but a job is a 503.
import { expect } from 'chai';
import { testYears } from '../support/testYears.js';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.js';
import { env } from '../../server/env.js';
import { createApiRedis, createRedis, failFastRedisOptions, waitForRedis } from '../../server/redis.js';
import { GrantLetter, OutboxEmail } from '../../server/models/index.js';
import { enqueueAfterCommit, sharedQueue, sharedQueues, useProducerConnection } from '../../workflows/queues.js';
import { Client, as, demoUsers } from '../support/http.js';
import type { Reply } from '../support/http.js';
import { startPrivateRedis } from '../support/privateRedis.js';
import { startTcpProxy } from '../support/tcpProxy.js';
import type { TcpProxy } from '../support/tcpProxy.js';
import { exitOf, startEntryPoint, waitForOutput } from '../support/processes.js';
import { waitFor } from '../support/waitFor.js';

/** The reply and how long it took. */
async function timed(request: () => Promise<Reply>): Promise<Reply & { ms: number }> {
  const started = performance.now();
  const reply = await request();
  return { ...reply, ms: performance.now() - started };
}

function expectUnavailable(reply: Reply & { ms: number }, withinMs: number) {
  expect(reply.status, JSON.stringify(reply.body)).to.equal(503);
  expect(reply.headers.get('retry-after')).to.equal(String(env.RETRY_AFTER_SECONDS));
  expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
  expect(reply.body.type).to.match(/\/service-unavailable$/);
  expect(reply.body.title).to.equal('The service is temporarily unavailable');
  expect(reply.ms, `answered in ${Math.round(reply.ms)} ms`).to.be.below(withinMs);
}

const login = (client: Client, email: string = demoUsers.caseOfficer) =>
  client.post('/api/auth/login', { email, password: env.DEMO_PASSWORD });

async function listen(server: Server) {
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('availability: Redis down (an API on a private Redis)', () => {
  it('answers 503 with Retry-After at once while Redis is down, and serves again once it is back, without a restart', async () => {
    const redisServer = await startPrivateRedis();
    const redis = createApiRedis(redisServer.url);
    await waitForRedis(redis);
    const server = createApp({ redis }).listen(0);
    try {
      const baseUrl = await listen(server);
      const client = new Client(baseUrl);
      expect((await login(client)).status).to.equal(200);
      expect((await client.get('/api/letters?year=2009')).status).to.equal(200);

      await redisServer.stop();
      // The session lives in Redis: a logged-in request, a login (its rate limit counts in Redis).
      expectUnavailable(await timed(() => client.get('/api/letters?year=2009')), 1000);
      expectUnavailable(await timed(() => login(new Client(baseUrl))), 1000);
      const health = await timed(() => client.get('/api/health'));
      expect(health.status).to.equal(503);
      expect(health.body).to.deep.equal({ status: 'degraded', database: 'up', redis: 'down' });
      expect(health.headers.get('retry-after')).to.equal(String(env.RETRY_AFTER_SECONDS));
      expect(health.ms).to.be.below(1000);

      await redisServer.start(); // an empty Redis: the session is gone, logging in again works
      await waitFor(async () => (await login(client)).status === 200, 'a login once Redis is back', 10_000);
      expect((await client.get('/api/letters?year=2009')).status).to.equal(200);
      expect((await client.get('/api/health')).body).to.deep.equal({ status: 'ok', database: 'up', redis: 'up' });
    } finally {
      server.close();
      server.closeAllConnections();
      redis.disconnect();
      await redisServer.stop();
    }
  });

  it('takes logins once Redis is up when the API was built while Redis was down', async () => {
    const redisServer = await startPrivateRedis();
    await redisServer.stop();
    const redis = createApiRedis(redisServer.url);
    // The login limit loads its Lua scripts now, and fails: it must load them again later.
    const server = createApp({ redis }).listen(0);
    try {
      const client = new Client(await listen(server));
      expectUnavailable(await timed(() => login(client)), 1000);
      await redisServer.start();
      await waitFor(async () => (await login(client)).status === 200, 'a login once Redis is up', 10_000);
      expect((await client.get('/api/me')).status).to.equal(200);
    } finally {
      server.close();
      server.closeAllConnections();
      redis.disconnect();
      await redisServer.stop();
    }
  });
});

describe('availability: Redis down after the write committed (the job queue on a private Redis)', () => {
  const year = testYears.availability;
  let restoreQueue: () => Promise<void>;
  let stopQueueRedis: () => Promise<void>;

  before(async () => {
    const queueRedis = await startPrivateRedis();
    stopQueueRedis = queueRedis.stop;
    const connection = createRedis(failFastRedisOptions, queueRedis.url);
    await waitForRedis(connection);
    restoreQueue = useProducerConnection(connection);
    await Promise.all(sharedQueues().map((queue) => queue.waitUntilReady()));
    await queueRedis.stop(); // sessions (the test Redis) work on; only queueing fails
  });

  after(async () => {
    await restoreQueue();
    await stopQueueRedis();
  });

  it('answers 503 at once for the bulk jobs, which are the whole request', async () => {
    const officer = await as('caseOfficer');
    for (const path of ['/api/letters/bulk/issue', '/api/letters/bulk/render'])
      expectUnavailable(await timed(() => officer.post(path, { year })), 1000);
  });

  it('still answers an issued letter, issued, when its issue-letter job cannot be queued', async () => {
    const officer = await as('caseOfficer');
    const created = await officer.post('/api/letters', {
      centre: 'SIFER',
      year,
      title: 'Tilskudd',
      startFrom: 'template',
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const id = created.body.id as number;
    expect((await officer.post(`/api/letters/${id}/submit`)).status).to.equal(200);
    expect((await (await as('approver')).post(`/api/letters/${id}/approve`)).status).to.equal(200);
    const issued = await timed(() => officer.post(`/api/letters/${id}/issue`));
    expect(issued.status, JSON.stringify(issued.body)).to.equal(200);
    expect(issued.body.status).to.equal('issued');
    expect(issued.ms).to.be.below(2000);
    expect((await GrantLetter.findByPk(id))!.status).to.equal('issued');
  });

  it('still answers a meeting change whose e-mails stay pending in the outbox, and a final agenda without its pack job', async () => {
    const officer = await as('caseOfficer');
    const created = await officer.post('/api/steering-meetings', {
      centre: 'NAPHA',
      year,
      sequence: 1,
      meetingDate: `${year}-04-06`,
      startTime: '10:00',
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const meetingId = created.body.id as number;
    const participants = await officer.put(`/api/steering-meetings/${meetingId}/participants`, {
      participants: [{ name: 'Ekstern Rådgiver', email: 'radgiver-2094@example.org', side: 'centre' }],
    });
    expect(participants.status, JSON.stringify(participants.body)).to.equal(200);

    const invited = await timed(() => officer.post(`/api/steering-meetings/${meetingId}/invitations`));
    expect(invited.status, JSON.stringify(invited.body)).to.equal(202);
    expect(invited.ms).to.be.below(2000);
    const emails = await OutboxEmail.findAll({ where: { toAddress: 'radgiver-2094@example.org' } });
    expect(emails.map((e) => e.status)).to.deep.equal(['pending']);

    const final = await timed(() => officer.post(`/api/steering-meetings/${meetingId}/agenda/finalise`));
    expect(final.status, JSON.stringify(final.body)).to.equal(200);
    expect(final.body.agendaStatus).to.equal('final');
    expect(final.ms).to.be.below(2000);
  });
});

describe('availability: a queue connection still making its first connection', () => {
  it('queues the follow-up job once the connection is up, rather than taking it for Redis being down', async () => {
    // As in a process whose first job this is: the producer connection is opened by the enqueue.
    const connection = createRedis(failFastRedisOptions);
    expect(connection.status).to.equal('connecting');
    const restoreQueue = useProducerConnection(connection);
    try {
      const jobId = `first-connection-${Date.now()}`;
      const queued = await enqueueAfterCommit('a test job', () =>
        sharedQueue('maintenance').add('test-first-connection', {}, { jobId, delay: 60_000 }),
      );
      expect(queued).to.equal(true);
      const job = await sharedQueue('maintenance').getJob(jobId);
      expect(job?.name).to.equal('test-first-connection');
      await job!.remove();
    } finally {
      await restoreQueue();
    }
  });

  it('gives up at once when that first attempt finds Redis down, rather than waiting out the timeout', async () => {
    const queueRedis = await startPrivateRedis();
    await queueRedis.stop();
    const restoreQueue = useProducerConnection(createRedis(failFastRedisOptions, queueRedis.url));
    try {
      const started = performance.now();
      const queued = await enqueueAfterCommit('a test job', () => sharedQueue('maintenance').add('never', {}));
      const ms = performance.now() - started;
      expect(queued).to.equal(false);
      expect(ms, `gave up after ${Math.round(ms)} ms`).to.be.below(env.REDIS_TIMEOUT_MS / 2);
    } finally {
      await restoreQueue();
    }
  });
});

describe('availability: database down (an API process reaching MariaDB through a proxy)', () => {
  let proxy: TcpProxy;
  let child: ReturnType<typeof startEntryPoint>;
  let client: Client;

  before(async function () {
    this.timeout(60_000);
    proxy = await startTcpProxy();
    const databaseUrl = new URL(env.DATABASE_URL);
    databaseUrl.host = `127.0.0.1:${proxy.port}`;
    child = startEntryPoint('server/main.ts', {
      DATABASE_URL: databaseUrl.toString(),
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
      PORT: '0',
      RUN_WORKER: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
    });
    await waitForOutput(child, /"msg":"listening"/, 45_000);
    const port = /"port":(\d+)[^\n]*"msg":"listening"/.exec(child.output())![1];
    client = new Client(`http://127.0.0.1:${port}`);
    expect((await login(client)).status).to.equal(200);
  });

  after(async () => {
    child.kill('SIGTERM');
    await exitOf(child);
    await proxy.close();
  });

  it('answers 503 with Retry-After at once while the database refuses connections, and serves again once it is back', async () => {
    await proxy.refuse();
    expectUnavailable(await timed(() => client.get('/api/letters?year=2009')), 1000);
    const health = await timed(() => client.get('/api/health'));
    expect(health.status).to.equal(503);
    expect(health.body).to.deep.equal({ status: 'degraded', database: 'down', redis: 'up' });
    expect(health.ms).to.be.below(1500);

    await proxy.accept();
    await waitFor(
      async () => (await client.get('/api/letters?year=2009')).status === 200,
      'the API serving again',
      10_000,
    );
    expect((await client.get('/api/health')).body.status).to.equal('ok');
  });

  it('answers 503 after the connect timeout when the database does not answer at all', async () => {
    await proxy.hang();
    // DATABASE_CONNECT_TIMEOUT_MS=1000 in this process
    expectUnavailable(await timed(() => client.get('/api/letters?year=2009')), 2500);
    const health = await timed(() => client.get('/api/health'));
    expect(health.body).to.include({ database: 'down', redis: 'up' });
    expect(health.ms).to.be.below(1500);

    await proxy.accept();
    await waitFor(
      async () => (await client.get('/api/letters?year=2009')).status === 200,
      'the API serving again',
      10_000,
    );
  });
});
