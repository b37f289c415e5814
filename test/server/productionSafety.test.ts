// NODE_ENV=production, run as `npm start` runs it: demo users (who share a public password, the
// administrator included) are never seeded, the demo password is refused for logins and as a new
// password, and start-up needs SESSION_SECRET and COOKIE_SECURE=true.
import { expect } from 'chai';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { exitOf, startEntryPoint, waitForOutput } from '../support/processes.js';
import { rowCounts } from '../support/counts.js';
import { demoUsers } from '../support/http.js';
import { testServer } from '../support/server.js';
import { connectToServer, dropDatabase } from '../../server/db/ensureDatabase.js';
import { deleteKeysWithPrefix } from '../../server/redis.js';
import { DEFAULT_DEMO_PASSWORD, env } from '../../server/env.js';
import { childRedisPrefix } from '../support/redis.js';

// Its own Redis prefix: the production server's sessions, login counts and schedulers stay apart.
const productionRedisPrefix = childRedisPrefix('production');

const production = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
  COOKIE_SECURE: 'true',
  APP_URL: 'https://styringsdialog.example',
  LOG_LEVEL: 'info',
  DEMO_PASSWORD: '', // unset: the documented default
  SEED_DEMO: '',
  REDIS_PREFIX: productionRedisPrefix,
};

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm start` in production until it serves; the callback gets its address. */
async function withProductionServer(
  settings: Record<string, string>,
  use: (base: string, output: () => string) => Promise<void>,
) {
  const port = await freePort();
  const child = startEntryPoint('server/main.ts', { ...production, PORT: String(port), ...settings });
  try {
    await waitForOutput(child, /kjører på/, 30_000);
    await use(`http://127.0.0.1:${port}`, child.output);
  } finally {
    child.kill('SIGTERM');
    await exitOf(child);
  }
}

describe('production safety (NODE_ENV=production)', function () {
  this.timeout(60_000);
  after(() => deleteKeysWithPrefix(testServer.redis!, `${productionRedisPrefix}:`));

  it('stops start-up without COOKIE_SECURE=true and SESSION_SECRET, and when SEED_DEMO=true', async () => {
    const child = startEntryPoint('server/main.ts', {
      ...production,
      SESSION_SECRET: '',
      COOKIE_SECURE: 'false',
      SEED_DEMO: 'true',
    });
    expect(await exitOf(child)).to.equal(1);
    expect(child.output())
      .to.match(/SESSION_SECRET: is required when NODE_ENV=production/)
      .and.match(/COOKIE_SECURE: must be true when NODE_ENV=production/)
      .and.match(/SEED_DEMO: demo users are never seeded when NODE_ENV=production/);
  });

  describe('on an empty database', () => {
    const emptyUrl = env.DATABASE_URL.replace(/\/([A-Za-z0-9_]+)$/, '/$1_production');
    after(() => dropDatabase(emptyUrl));

    async function userCount() {
      const connection = await connectToServer(emptyUrl);
      try {
        const [rows] = await connection.query(
          `SELECT COUNT(*) AS n FROM \`${new URL(emptyUrl).pathname.slice(1)}\`.users`,
        );
        return Number((rows as { n: number }[])[0]!.n);
      } finally {
        await connection.end();
      }
    }

    it('seeds no demo users, says so at start-up and prints no demo logins', async () => {
      await dropDatabase(emptyUrl);
      await withProductionServer({ DATABASE_URL: emptyUrl }, async (base, output) => {
        expect((await fetch(`${base}/api/health`)).status).to.equal(200);
        expect(output()).to.match(/demo data is never seeded and the database is empty/);
        expect(output()).not.to.match(/Demo-brukere|admin@helsedir\.example/);
        expect(output()).not.to.include(DEFAULT_DEMO_PASSWORD);
      });
      expect(await userCount()).to.equal(0);
    });

    it('refuses `npm run seed` (seeders/cli.ts) and writes nothing', async () => {
      const child = startEntryPoint('seeders/cli.ts', { ...production, DATABASE_URL: emptyUrl });
      expect(await exitOf(child, 30_000)).to.equal(1);
      expect(child.output()).to.match(/Demo data is never seeded when NODE_ENV=production/);
      expect(await userCount()).to.equal(0);
    });
  });

  it('refuses the demo password to log in and as a new password (403/400), writing nothing', async () => {
    await withProductionServer({}, async (base) => {
      let cookie = '';
      const call = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(`${base}${path}`, {
          method,
          // A TLS-terminating proxy on loopback says https, so the Secure cookie is sent.
          headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', ...(cookie ? { cookie } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const setCookie = response.headers.get('set-cookie');
        if (setCookie) cookie = setCookie.split(';')[0]!;
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          body: (await response.json()) as any,
          setCookie,
        };
      };
      const before = await rowCounts();
      for (const email of [demoUsers.admin, demoUsers.caseOfficer, 'nobody-in-production@example.no']) {
        const refused = await call('POST', '/api/auth/login', { email, password: DEFAULT_DEMO_PASSWORD });
        expect(refused.status, email).to.equal(403);
        expect(refused.type).to.match(/^application\/problem\+json/);
        expect(refused.body.type).to.match(/\/demo-password-refused$/);
        expect(refused.body.title).to.equal('Demo-passordet kan ikke brukes i produksjon');
        expect(refused.setCookie).to.equal(null);
      }
      expect(await rowCounts()).to.deep.equal(before);

      // The test database's admin has another password; log in with it and try to hand out the demo one.
      const login = await call('POST', '/api/auth/login', { email: demoUsers.admin, password: env.DEMO_PASSWORD });
      expect(login.status).to.equal(200);
      expect(login.setCookie).to.match(/; Secure/i);
      const afterLogin = await rowCounts();
      const created = await call('POST', '/api/users', {
        email: 'ny@helsedir.example',
        name: 'Ny Bruker',
        roles: ['auditor'],
        password: DEFAULT_DEMO_PASSWORD,
      });
      expect(created.status).to.equal(400);
      expect(created.type).to.match(/^application\/problem\+json/);
      expect(created.body.errors).to.deep.equal([
        {
          field: 'body.password',
          label: 'Passord',
          message: 'kan ikke være det offentlige demo-passordet i produksjon',
        },
      ]);
      const auditor = (await call('GET', '/api/users?role=auditor')).body.items[0];
      const changed = await call('PATCH', `/api/users/${auditor.id}`, { password: DEFAULT_DEMO_PASSWORD });
      expect(changed.status).to.equal(400);
      expect(changed.body.errors[0].field).to.equal('body.password');
      expect(await rowCounts()).to.deep.equal(afterLogin);
    });
  });
});
