import { expect } from 'chai';
import { anonymous, as, Client, demoUsers } from '../../../support/http.js';
import { env } from '../../../../server/env.js';

describe('routes/api/auth', () => {
  it('logs in with the demo password, sets an httpOnly SameSite session cookie and knows the user', async () => {
    const client = new Client();
    const login = await client.post('/api/auth/login', { email: 'Leder@NAPHA.example', password: env.DEMO_PASSWORD });
    expect(login.status).to.equal(200);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie)
      .to.match(/^sd\.sid=/)
      .and.match(/HttpOnly/i)
      .and.match(/SameSite=Lax/i);
    expect(login.body.user).to.include({ email: 'leder@napha.example', centre: 'NAPHA' });
    expect(login.body.user).not.to.have.property('passwordHash');
    const me = await client.get('/api/me');
    expect(me.status).to.equal(200);
    expect(me.body.user.roles).to.deep.equal(['centre_leader']);
    expect((await client.post('/api/auth/logout')).status).to.equal(204);
    expect((await client.get('/api/me')).status).to.equal(401);
  });

  it('refuses a wrong password with 401 problem+json', async () => {
    const reply = await anonymous().post('/api/auth/login', { email: demoUsers.admin, password: 'wrong password' });
    expect(reply.status).to.equal(401);
    expect(reply.headers.get('content-type')).to.match(/application\/problem\+json/);
    expect(reply.body.type).to.match(/invalid-credentials$/);
  });

  it('answers 401 on every API route without a session', async () => {
    for (const path of ['/api/me', '/api/letters', '/api/centres', '/api/deadlines', '/api/audit']) {
      expect((await anonymous().get(path)).status, path).to.equal(401);
    }
  });

  it('rate-limits login attempts per e-mail address', async () => {
    const client = anonymous();
    const statuses: number[] = [];
    for (let i = 0; i <= env.LOGIN_RATE_LIMIT; i++) {
      statuses.push((await client.post('/api/auth/login', { email: 'nobody@example.no', password: 'guess' })).status);
    }
    expect(statuses.slice(0, env.LOGIN_RATE_LIMIT)).to.deep.equal(Array(env.LOGIN_RATE_LIMIT).fill(401));
    expect(statuses.at(-1)).to.equal(429);
    // Other addresses are not locked out by it.
    expect((await as('auditor')) instanceof Client).to.equal(true);
  });

  it('sends helmet security headers', async () => {
    const reply = await anonymous().get('/api/health');
    expect(reply.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(reply.headers.get('content-security-policy')).to.match(/default-src 'self'/);
    expect(reply.headers.get('x-powered-by')).to.equal(null);
  });

  it('reports database and Redis as up in /api/health', async () => {
    const reply = await anonymous().get('/api/health');
    expect(reply.status).to.equal(200);
    expect(reply.body).to.deep.equal({ status: 'ok', database: 'up', redis: 'up' });
  });
});
