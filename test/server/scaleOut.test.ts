// Scale-out: two API processes and two worker processes on one database, one Redis and one
// S3-compatible store. A letter issued through one API is rendered by whichever worker takes the
// job, stored once in S3, and downloads byte for byte through the other API; its e-mails go out
// once although two workers deliver.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { Op } from 'sequelize';
import { env } from '../../server/env.js';
import { CaughtEmail, LetterDocument, OutboxEmail } from '../../server/models/index.js';
import { S3Storage, parseS3Url } from '../../server/storage/S3Storage.js';
import { Client, demoUsers } from '../support/http.js';
import { letterInReview } from '../support/letters.js';
import { exitOf, startEntryPoint, waitForOutput } from '../support/processes.js';
import { startLocalS3 } from '../support/s3.js';
import type { LocalS3 } from '../support/s3.js';
import { testYears } from '../support/testYears.js';
import { waitFor } from '../support/waitFor.js';
import { childRedisPrefix } from '../support/redis.js';

type Child = ReturnType<typeof startEntryPoint>;

describe('scale-out: two APIs and two workers on one database, one Redis and S3 storage', function () {
  // Four processes start Chromium and tsx on two shared cores: generous limits, waits on conditions.
  this.timeout(240_000);
  let s3: LocalS3;
  const children: Child[] = [];
  const apis: string[] = [];

  before(async function () {
    this.timeout(120_000);
    s3 = await startLocalS3();
    const shared = {
      STORAGE_URL: s3.storageUrl,
      // Their own queues: jobs of this test go to these workers only, and theirs to nobody else.
      REDIS_PREFIX: childRedisPrefix('scaleout'),
      LOG_LEVEL: 'info',
      PORT: '0',
    };
    for (let n = 0; n < 2; n += 1) {
      const api = startEntryPoint('server/main.ts', { ...shared, RUN_WORKER: 'false' });
      children.push(api);
      children.push(startEntryPoint('workflows/run-worker.ts', shared));
    }
    for (const child of children) await waitForOutput(child, /"msg":"(listening|worker started)"/, 60_000);
    for (const child of children) {
      // The API logs one JSON line {"port":…,"msg":"listening"} once it takes requests.
      const listening = child
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; port?: number })
        .find((line) => line.msg === 'listening');
      if (listening?.port) apis.push(`http://127.0.0.1:${listening.port}`);
    }
    expect(apis).to.have.length(2);
  });

  after(async function () {
    this.timeout(60_000);
    for (const child of children) child.kill('SIGTERM');
    // Each process shuts down cleanly on SIGTERM (S3 connections included); one that hangs is killed and fails the test.
    const codes = await Promise.all(
      children.map((child) =>
        exitOf(child, 30_000).catch(() => {
          child.kill('SIGKILL');
          return 'hung';
        }),
      ),
    );
    await s3?.stop();
    expect(codes).to.deep.equal(children.map(() => 0));
  });

  async function logIn(baseUrl: string): Promise<Client> {
    const client = new Client(baseUrl);
    const reply = await client.post('/api/auth/login', { email: demoUsers.caseOfficer, password: env.DEMO_PASSWORD });
    expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
    return client;
  }

  it('issues through one API, stores the PDF once in S3, serves it through the other, and mails once', async () => {
    const letterId = await letterInReview('NAPHA', testYears.scaleOut);
    const [first, second] = await Promise.all(apis.map(logIn));
    const issued = await first!.post(`/api/letters/${letterId}/issue`);
    expect(issued.status, JSON.stringify(issued.body)).to.equal(200);

    // A worker process renders and stores it (the test's own process runs no worker for this prefix).
    const document = await waitFor(() => LetterDocument.findOne({ where: { letterId } }), 'the stored PDF', 150_000);
    const pdf = await second!.download(`/api/letters/${letterId}/pdf`);
    expect(pdf.status).to.equal(200);
    expect(createHash('sha256').update(pdf.body).digest('hex')).to.equal(document.sha256);
    // In the object store, not on this machine's disk.
    const store = new S3Storage(parseS3Url(s3.storageUrl));
    try {
      expect((await store.get(document.storageKey)).equals(pdf.body)).to.equal(true);
    } finally {
      store.close();
    }
    expect(existsSync(join(env.STORAGE_DIR, document.storageKey))).to.equal(false);

    // Each of the letter's e-mails delivered exactly once, whichever worker took it.
    const emails = await waitFor(
      async () => {
        const rows = await OutboxEmail.findAll({ where: { dedupeKey: { [Op.like]: `letter-issued:${letterId}:%` } } });
        return rows.length > 0 && rows.every((row) => row.status === 'sent') && rows;
      },
      'the letter’s e-mails sent',
      60_000,
    );
    for (const email of emails) {
      const caught = await CaughtEmail.count({ where: { messageId: { [Op.like]: `<outbox-${email.id}.%` } } });
      expect(caught, email.dedupeKey).to.equal(1);
    }
  });
});
