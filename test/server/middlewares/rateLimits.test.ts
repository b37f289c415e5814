// Login limits: one client address may fail LOGIN_ADDRESS_RATE_LIMIT times across any e-mail
// addresses (then 429, even with the right password), on top of LOGIN_RATE_LIMIT per e-mail and
// address. Shown on an app of its own with low limits and its own Redis keys, so the suite's
// logins (all from 127.0.0.1, with a high limit from test/setup/env.ts) never meet them.
import { expect } from 'chai';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { loginRateLimits } from '../../../server/middlewares/rateLimits.js';
import { errorHandler } from '../../../server/middlewares/errorHandler.js';
import { InvalidCredentials } from '../../../server/errors.js';
import { deleteKeysWithPrefix } from '../../../server/redis.js';
import { env } from '../../../server/env.js';
import { testServer } from '../../support/server.js';

describe('middlewares/rateLimits: login limits', () => {
  const prefix = `${env.REDIS_PREFIX}:rltest-${randomUUID()}`;
  let server: Server;
  let base: string;

  before(async () => {
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use(express.json());
    const limits = { LOGIN_RATE_LIMIT: 3, LOGIN_ADDRESS_RATE_LIMIT: 5, LOGIN_RATE_WINDOW_MINUTES: 15 };
    app.post('/login', ...loginRateLimits(testServer.redis!, limits, prefix), (req, res, next) => {
      const { password } = req.body as { password: string };
      if (password === 'right') res.json({ ok: true });
      else next(InvalidCredentials());
    });
    app.use(errorHandler);
    server = app.listen(0);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deleteKeysWithPrefix(testServer.redis!, `${prefix}:`);
  });

  /** One login from a client address (as a trusted proxy on loopback names it). */
  async function login(address: string, email: string, password = 'guess') {
    const response = await fetch(`${base}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as { type?: string; title?: string };
    return { status: response.status, body, type: response.headers.get('content-type') };
  }

  it('stops one address that tries many accounts, even with the right password; other addresses go on', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++) statuses.push((await login('203.0.113.7', `person${i}@example.no`)).status);
    expect(statuses).to.deep.equal([401, 401, 401, 401, 401]);
    const refused = await login('203.0.113.7', 'person6@example.no');
    expect(refused.status).to.equal(429);
    expect(refused.type).to.match(/^application\/problem\+json/);
    expect(refused.body.type).to.match(/\/rate-limited$/);
    expect(refused.body.title).to.equal('For mange forsøk');
    expect((await login('203.0.113.7', 'person7@example.no', 'right')).status).to.equal(429);
    // Another address is not locked out by it.
    expect((await login('203.0.113.8', 'person1@example.no')).status).to.equal(401);
    expect((await login('203.0.113.8', 'person1@example.no', 'right')).status).to.equal(200);
  });

  it('counts only failed attempts per address, so many people behind one address can log in', async () => {
    for (let i = 0; i < 8; i++)
      expect((await login('198.51.100.1', `staff${i}@example.no`, 'right')).status).to.equal(200);
    for (let i = 0; i < 5; i++) expect((await login('198.51.100.1', `staff${i}@example.no`)).status).to.equal(401);
    expect((await login('198.51.100.1', 'staff9@example.no', 'right')).status).to.equal(429);
  });

  it('still limits one e-mail address from one address below the per-address limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login('192.0.2.44', 'one@example.no')).status);
    expect(statuses).to.deep.equal([401, 401, 401, 429]);
    expect((await login('192.0.2.44', 'other@example.no')).status).to.equal(401);
  });
});
