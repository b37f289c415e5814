// CSRF beyond SameSite=Lax: a change sent from another site (Origin, Sec-Fetch-Site) is refused with
// 403 cross-site-request, and a body the route does not read (a form, text/plain) with 415 — even
// with a valid session cookie, and nothing is written. Same-origin browsers and clients without
// Origin (curl, server-to-server, the test client) go on as before.
import { expect } from 'chai';
import { as } from '../../support/http.js';
import type { Client } from '../../support/http.js';
import { rowCounts } from '../../support/counts.js';
import { testServer } from '../../support/server.js';
import { env } from '../../../server/env.js';

async function send(
  client: Client,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | FormData,
) {
  const response = await fetch(`${testServer.baseUrl}${path}`, {
    method,
    headers: { cookie: client.sessionCookie, ...headers },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: text ? (JSON.parse(text) as { type: string; title: string; detail: string; status: number }) : undefined,
  };
}

describe('middlewares/crossSite and contentType: hostile web requests', () => {
  let officer: Client;
  let letterId: number;

  before(async () => {
    officer = await as('caseOfficer');
    const created = await officer.post('/api/letters', { centre: 'NAPHA', year: 2045, title: 'Tilskuddsbrev 2045' });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    letterId = created.body.id;
  });

  async function expectLetterStillDraft() {
    expect((await officer.get(`/api/letters/${letterId}`)).body.status).to.equal('draft');
  }

  const submit = () => `/api/letters/${letterId}/submit`;

  it('refuses a text/plain or form POST from a foreign Origin with a valid cookie: 403, nothing written', async () => {
    const before = await rowCounts();
    for (const [type, body] of [
      ['text/plain', '{"comment":"x"}'],
      ['application/x-www-form-urlencoded', 'comment=x'],
      ['application/json', '{}'],
    ] as const) {
      const reply = await send(
        officer,
        'POST',
        submit(),
        { origin: 'https://evil.example', 'content-type': type },
        body,
      );
      expect(reply.status, type).to.equal(403);
      expect(reply.type).to.match(/^application\/problem\+json/);
      expect(reply.body!.type).to.match(/\/cross-site-request$/);
      expect(reply.body!.title).to.equal('Forespørselen kommer fra et annet nettsted');
      expect(reply.body!.detail).to.include('https://evil.example');
    }
    // An opaque origin (sandboxed frame, file://) is foreign too, and so is a look-alike host.
    for (const origin of ['null', `${testServer.baseUrl}.evil.example`, 'http://localhost.evil.example:3000']) {
      expect((await send(officer, 'POST', submit(), { origin })).status, origin).to.equal(403);
    }
    expect(await rowCounts()).to.deep.equal(before);
    await expectLetterStillDraft();
  });

  it('refuses Sec-Fetch-Site cross-site and same-site, on every unsafe method', async () => {
    const before = await rowCounts();
    for (const site of ['cross-site', 'same-site']) {
      for (const [method, path] of [
        ['POST', submit()],
        ['PATCH', `/api/letters/${letterId}`],
        ['PUT', '/api/steering-meetings/1/participants'],
        ['DELETE', `/api/letters/${letterId}`],
      ] as const) {
        const reply = await send(
          officer,
          method,
          path,
          { 'sec-fetch-site': site, 'content-type': 'application/json' },
          '{}',
        );
        expect(reply.status, `${site} ${method}`).to.equal(403);
        expect(reply.body!.type).to.match(/\/cross-site-request$/);
      }
    }
    expect(await rowCounts()).to.deep.equal(before);
    await expectLetterStillDraft();
  });

  it('lets reads through from anywhere: GET is never refused for its origin', async () => {
    const reply = await send(officer, 'GET', `/api/letters/${letterId}`, {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(reply.status).to.equal(200);
  });

  it('accepts changes from APP_URL, from the address the request was sent to, and without Origin', async () => {
    const change = (headers: Record<string, string>, reminderDelivery: string) =>
      send(
        officer,
        'PATCH',
        '/api/me/preferences',
        { 'content-type': 'application/json', ...headers },
        JSON.stringify({ reminderDelivery }),
      );
    expect(
      (await change({ origin: new URL(env.APP_URL).origin, 'sec-fetch-site': 'same-origin' }, 'digest')).status,
    ).to.equal(200);
    expect((await change({ origin: testServer.baseUrl, 'sec-fetch-site': 'same-origin' }, 'single')).status).to.equal(
      200,
    );
    // Behind a trusted proxy (here: loopback) the forwarded scheme and host are the request's own.
    expect(
      (
        await change(
          {
            origin: 'https://styringsdialog.example',
            'x-forwarded-proto': 'https',
            'x-forwarded-host': 'styringsdialog.example',
          },
          'digest',
        )
      ).status,
    ).to.equal(200);
    expect((await change({ 'sec-fetch-site': 'none' }, 'single')).status).to.equal(200);
    expect((await change({}, 'single')).status).to.equal(200);
  });

  it('refuses a body of another type than the route reads with 415, even without Origin; nothing written', async () => {
    const finance = await as('finance');
    const leader = await as('naphaLeader');
    const deadlines = (await leader.get('/api/deadlines?centre=NAPHA&pageSize=1')).body.items;
    const before = await rowCounts();
    for (const [type, body] of [
      ['text/plain', '{"comment":"x"}'],
      ['application/x-www-form-urlencoded', 'comment=x'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n'],
    ] as const) {
      const reply = await send(officer, 'POST', submit(), { 'content-type': type }, body);
      expect(reply.status, type).to.equal(415);
      expect(reply.type).to.match(/^application\/problem\+json/);
      expect(reply.body!.type).to.match(/\/unsupported-content-type$/);
      expect(reply.body!.title).to.equal('Innholdstypen støttes ikke');
      expect(reply.body!.detail).to.equal(
        `Denne adressen leser application/json; forespørselen sendte ${type.split(';')[0]}.`,
      );
    }
    // A body with no content type at all is refused too.
    expect((await send(officer, 'POST', submit(), {}, new Blob(['{}']) as unknown as string)).status).to.equal(415);
    // Upload routes read multipart/form-data only.
    const json = await send(
      finance,
      'POST',
      '/api/budget-frames/import',
      { 'content-type': 'application/json' },
      '{"file":"x"}',
    );
    expect(json.status).to.equal(415);
    expect(json.body!.detail).to.include('leser multipart/form-data; forespørselen sendte application/json');
    const handIn = await send(
      leader,
      'POST',
      `/api/deadlines/${deadlines[0].id}/submissions`,
      { 'content-type': 'text/plain' },
      'hei',
    );
    expect(handIn.status).to.equal(415);
    expect(await rowCounts()).to.deep.equal(before);
    await expectLetterStillDraft();
  });

  it('accepts a change without a body whatever it claims, and JSON with a charset', async () => {
    const created = await send(officer, 'POST', '/api/me/calendar-feed', {});
    expect(created.status).to.equal(201);
    expect((await send(officer, 'DELETE', '/api/me/calendar-feed', { 'content-type': 'text/plain' })).status).to.equal(
      204,
    );
    const reply = await send(
      officer,
      'PATCH',
      '/api/me/preferences',
      { 'content-type': 'application/json; charset=utf-8' },
      JSON.stringify({ reminderDelivery: 'single' }),
    );
    expect(reply.status).to.equal(200);
  });
});
