// Sessions end: SESSION_MAX_HOURS after login however active they stay, and when the user's
// password changes (every other session of theirs; the one that changed it goes on). The next
// request answers 401 session-expired and writes nothing.
import { expect } from 'chai';
import { as, Client } from '../../support/http.js';
import { rowCounts } from '../../support/counts.js';
import { testServer } from '../../support/server.js';
import { env } from '../../../server/env.js';

const password = 'Et-langt-passord-for-okter-1';

async function createUser(email: string, roles: string[]) {
  const admin = await as('admin');
  const created = await admin.post('/api/users', { email, name: 'Økt Testesen', roles, password });
  expect(created.status, JSON.stringify(created.body)).to.equal(201);
  return created.body.id as number;
}

async function loggedIn(email: string, withPassword = password) {
  const client = new Client();
  const reply = await client.post('/api/auth/login', { email, password: withPassword });
  expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
  return client;
}

/** The session as connect-redis keeps it, by the signed id in the client's cookie. */
function sessionKey(client: Client) {
  const signed = decodeURIComponent(client.sessionCookie.split('=')[1]!);
  return `${env.REDIS_PREFIX}:sess:${/^s:([^.]+)\./.exec(signed)![1]}`;
}

async function changeSession(client: Client, change: (session: Record<string, unknown>) => void) {
  const redis = testServer.redis!;
  const session = JSON.parse((await redis.get(sessionKey(client)))!) as Record<string, unknown>;
  change(session);
  await redis.set(sessionKey(client), JSON.stringify(session), 'KEEPTTL');
}

function expectSessionExpired(reply: { status: number; headers: Headers; body: any }, reason: RegExp) {
  expect(reply.status).to.equal(401);
  expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
  expect(reply.body.type).to.match(/\/session-expired$/);
  expect(reply.body.title).to.equal('Your session has expired – log in again');
  expect(reply.body.detail).to.match(reason);
}

describe('middlewares/currentUser: session lifetime and password changes', () => {
  const hours = (n: number) => n * 3_600_000;

  it(`ends a session SESSION_MAX_HOURS (${env.SESSION_MAX_HOURS}) after login, however active; nothing written`, async () => {
    const email = 'okt-levetid@helsedir.example';
    const id = await createUser(email, ['auditor']); // not a case officer: they would get reminders in other tests
    const client = await loggedIn(email);
    await changeSession(client, (s) => (s.loggedInAt = Date.now() - hours(env.SESSION_MAX_HOURS) + 60_000));
    expect((await client.get('/api/me')).status).to.equal(200);

    await changeSession(client, (s) => (s.loggedInAt = Date.now() - hours(env.SESSION_MAX_HOURS) - 60_000));
    const oldKey = sessionKey(client);
    const before = await rowCounts();
    const write = await client.patch('/api/me/preferences', { reminderDelivery: 'digest' });
    expectSessionExpired(write, /at most \d+ hours from login/);
    expect(await rowCounts()).to.deep.equal(before);
    expect((await (await as('admin')).get(`/api/users/${id}`)).body.reminderDelivery).to.equal('single');
    // The ended session is gone from the store; the client's new cookie opens an empty one.
    expect(await testServer.redis!.exists(oldKey)).to.equal(0);
    expect((await client.get('/api/me')).body.type).to.match(/\/authentication-required$/);
    // A new login starts a new lifetime.
    expect((await (await loggedIn(email)).get('/api/me')).status).to.equal(200);
  });

  it('ends a session from before login times were recorded', async () => {
    const email = 'okt-gammel@helsedir.example';
    await createUser(email, ['auditor']);
    const client = await loggedIn(email);
    await changeSession(client, (s) => delete s.loggedInAt);
    expectSessionExpired(await client.get('/api/me'), /log in again/);
  });

  it('ends every session of a user when an administrator sets their password; nothing written', async () => {
    const email = 'okt-passord@helsedir.example';
    const id = await createUser(email, ['auditor']); // not a case officer: they would get reminders in other tests
    const [first, second] = [await loggedIn(email), await loggedIn(email)];
    const admin = await as('admin');
    const changed = await admin.patch(`/api/users/${id}`, { password: 'Et-helt-nytt-passord-2' });
    expect(changed.status).to.equal(200);
    const before = await rowCounts();
    expectSessionExpired(
      await first.patch('/api/me/preferences', { reminderDelivery: 'digest' }),
      /password has changed/,
    );
    expectSessionExpired(await second.post('/api/me/calendar-feed'), /password has changed/);
    expect(await rowCounts()).to.deep.equal(before);
    expect((await admin.get(`/api/users/${id}`)).body.reminderDelivery).to.equal('single');
    expect((await new Client().post('/api/auth/login', { email, password })).status).to.equal(401);
    expect((await (await loggedIn(email, 'Et-helt-nytt-passord-2')).get('/api/me')).status).to.equal(200);
    // Other changes (name, roles) leave sessions alone.
    const third = await loggedIn(email, 'Et-helt-nytt-passord-2');
    expect((await admin.patch(`/api/users/${id}`, { name: 'Nytt Navn' })).status).to.equal(200);
    expect((await third.get('/api/me')).body.user.name).to.equal('Nytt Navn');
  });

  it('keeps the session that changed its own password and ends the same user’s others', async () => {
    const email = 'okt-admin@helsedir.example';
    const id = await createUser(email, ['admin']);
    const [self, other] = [await loggedIn(email), await loggedIn(email)];
    expect((await self.patch(`/api/users/${id}`, { password: 'Mitt-eget-nye-passord-3' })).status).to.equal(200);
    expect((await self.get('/api/me')).status).to.equal(200);
    expectSessionExpired(await other.get('/api/me'), /password has changed/);
  });

  it('ends the sessions of a deactivated user', async () => {
    const email = 'okt-deaktivert@helsedir.example';
    const id = await createUser(email, ['auditor']);
    const client = await loggedIn(email);
    const admin = await as('admin');
    expect((await admin.patch(`/api/users/${id}`, { active: false })).status).to.equal(200);
    expect((await client.get('/api/me')).status).to.equal(401);
    expect((await admin.patch(`/api/users/${id}`, { active: true })).status).to.equal(200);
    expect((await client.get('/api/me')).status).to.equal(401);
  });
});
