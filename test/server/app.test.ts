// What server/app.ts adds to every answer and every log line: API answers are never cached
// (Cache-Control: no-store unless a route says otherwise), and a calendar feed's secret never
// reaches the request log.
import { expect } from 'chai';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { anonymous, as } from '../support/http.js';
import { testServer } from '../support/server.js';
import { createApp, loggableUrl } from '../../server/app.js';
import {
  COMPRESS_FROM_BYTES,
  COMPRESS_IN_ONE_CALL_UP_TO_BYTES,
  wholeEncodingFor,
} from '../../server/routes/sendWhole.js';

describe('server/app', () => {
  describe('Cache-Control on API answers', () => {
    it('sends no-store on JSON, errors, files and unknown API routes', async () => {
      const finance = await as('finance');
      const year = new Date().getFullYear();
      const replies = {
        me: await finance.get('/api/me'),
        list: await finance.get('/api/letters?pageSize=1'),
        unauthenticated: await anonymous().get('/api/letters'),
        invalid: await finance.get('/api/letters?pageSize=abc'),
        unknown: await anonymous().get('/api/no-such-route'),
        health: await anonymous().get('/api/health'),
        openapi: await anonymous().get('/api/openapi.json'),
        write: await finance.patch('/api/me/preferences', { reminderDelivery: 'single' }),
        csv: await finance.download(`/api/portfolio/export.csv?year=${year}`),
      };
      for (const [name, reply] of Object.entries(replies)) {
        expect(reply.status, name).to.be.below(500);
        expect(reply.headers.get('cache-control'), name).to.equal('no-store');
        // Nothing keeps them, so no ETag is worked out for them either (a hash of every body).
        expect(reply.headers.get('etag'), name).to.equal(null);
      }
    });

    it('leaves a route its own caching (the calendar feed), and the web client its own', async () => {
      const auditor = await as('auditor');
      const { url } = (await auditor.post('/api/me/calendar-feed')).body as { url: string };
      const feed = await anonymous().download(new URL(url).pathname);
      expect(feed.status).to.equal(200);
      expect(feed.headers.get('cache-control')).to.equal('private, max-age=300');
      expect((await auditor.delete('/api/me/calendar-feed')).status).to.equal(204);
      const client = await anonymous().get('/');
      expect(client.headers.get('cache-control')).not.to.equal('no-store');
      // The web client's page is revalidated, which its ETag makes cheap; and it names no framework.
      expect(client.headers.get('etag')).to.match(/^W\/"/);
      expect(client.headers.get('x-powered-by')).to.equal(null);
    });
  });

  describe('request log', () => {
    it('replaces the calendar-feed secret in a URL, and nothing else', () => {
      const token = 'AbC_-0123456789abcdefghijklmnopqrstuvwxyzABC';
      expect(loggableUrl(`/api/calendar-feeds/${token}.ics`)).to.equal('/api/calendar-feeds/[redacted]');
      expect(loggableUrl(`/api/calendar-feeds/${token}.ics?x=1`)).to.equal('/api/calendar-feeds/[redacted]?x=1');
      expect(loggableUrl('/API/Calendar-Feeds/secret')).to.equal('/API/Calendar-Feeds/[redacted]');
      expect(loggableUrl('/api/letters/5?year=2030')).to.equal('/api/letters/5?year=2030');
      expect(loggableUrl('/api/me/calendar-feed')).to.equal('/api/me/calendar-feed');
    });

    it('never writes a calendar feed token to the request log, found or not', async () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
          done();
        },
      });
      const server = createApp({ redis: testServer.redis!, logger: pino({ level: 'info' }, sink) }).listen(0);
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      try {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const auditor = await as('auditor');
        const { url } = (await auditor.post('/api/me/calendar-feed')).body as { url: string };
        const path = new URL(url).pathname;
        const token = /\/api\/calendar-feeds\/(.+)\.ics$/.exec(path)![1]!;
        expect((await fetch(`${base}${path}`)).status).to.equal(200);
        expect((await fetch(`${base}${path}?v=2`)).status).to.equal(200);
        const unknown = 'x'.repeat(43);
        expect((await fetch(`${base}/api/calendar-feeds/${unknown}.ics`)).status).to.equal(404);
        expect((await fetch(`${base}/api/calendar-feeds/not-a-token.ics`)).status).to.equal(400);
        expect((await auditor.delete('/api/me/calendar-feed')).status).to.equal(204);

        const requests = lines.map((line) => JSON.parse(line) as { req?: { url: string } }).filter((l) => l.req);
        expect(requests.map((l) => l.req!.url)).to.deep.equal([
          '/api/calendar-feeds/[redacted]',
          '/api/calendar-feeds/[redacted]?v=2',
          '/api/calendar-feeds/[redacted]',
          '/api/calendar-feeds/[redacted]',
        ]);
        const log = lines.join('\n');
        for (const secret of [token, unknown, 'not-a-token']) expect(log).not.to.include(secret);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
  });

  describe('compression', () => {
    /** The raw answer, as a client that accepts gzip receives it over the wire. */
    function rawGet(
      path: string,
      headers: Record<string, string> = { 'accept-encoding': 'gzip' },
    ): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
      return new Promise((resolve, reject) => {
        get(`${testServer.baseUrl}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    }

    it('gzips JSON for a client that accepts it, to a fraction of its size', async () => {
      const plain = JSON.stringify((await anonymous().get('/api/openapi.json')).body);
      const wire = await rawGet('/api/openapi.json');
      expect(wire.headers['content-encoding']).to.equal('gzip');
      expect(wire.body.length).to.be.below(plain.length / 3);
      expect(JSON.parse(gunzipSync(wire.body).toString('utf8'))).to.deep.equal(JSON.parse(plain));
      expect(wire.headers.vary).to.match(/accept-encoding/i);
    });

    // Route answers are gzipped in one call (server/routes/sendWhole.ts), not by the middleware's stream.
    it('gzips a route’s answer whole, with its length, and sends the same JSON plain to a client that takes no gzip', async () => {
      const cookie = (await as('caseOfficer')).sessionCookie;
      const path = '/api/centres?pageSize=200';
      const zipped = await rawGet(path, { cookie, 'accept-encoding': 'gzip, deflate, br' });
      const plain = await rawGet(path, { cookie, 'accept-encoding': 'identity' });
      expect(plain.body.length).to.be.above(1024);
      expect(zipped.headers['content-encoding']).to.equal('gzip');
      // One piece: its length is known up front, where the stream sends chunks without one.
      expect(Number(zipped.headers['content-length'])).to.equal(zipped.body.length);
      expect(zipped.body.length).to.be.below(plain.body.length / 3);
      expect(zipped.headers['content-type']).to.match(/^application\/json; charset=utf-8/);
      expect(zipped.headers.vary).to.match(/accept-encoding/i);
      expect(plain.headers['content-encoding']).to.equal(undefined);
      expect(plain.headers.vary).to.match(/accept-encoding/i);
      expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).to.deep.equal(
        JSON.parse(plain.body.toString('utf8')),
      );
    });

    it('gzips a letter’s HTML preview whole, keeping its own security policy', async () => {
      const officer = await as('caseOfficer');
      const letter = (await officer.get('/api/letters?pageSize=1')).body.items[0] as { id: number; title: string };
      const path = `/api/letters/${letter.id}/preview`;
      const zipped = await rawGet(path, { cookie: officer.sessionCookie, 'accept-encoding': 'gzip' });
      expect(zipped.headers['content-encoding']).to.equal('gzip');
      expect(Number(zipped.headers['content-length'])).to.equal(zipped.body.length);
      expect(zipped.headers['content-type']).to.match(/^text\/html; charset=utf-8/);
      expect(zipped.headers['content-security-policy']).to.match(/^default-src 'none'/);
      const html = gunzipSync(zipped.body).toString('utf8');
      expect(html).to.equal((await officer.get(path)).body);
      expect(html).to.match(/^<!doctype html>/i);
    });

    it('sends a small route answer and one for a client that refuses gzip uncompressed', async () => {
      const cookie = (await as('caseOfficer')).sessionCookie;
      const small = await rawGet('/api/me', { cookie, 'accept-encoding': 'gzip' });
      expect(small.body.length).to.be.below(1024);
      expect(small.headers['content-encoding']).to.equal(undefined);
      expect(JSON.parse(small.body.toString('utf8')).user).to.have.property('email', 'saksbehandler@helsedir.example');
      const refused = await rawGet('/api/centres?pageSize=200', { cookie, 'accept-encoding': 'gzip;q=0, identity' });
      expect(refused.headers['content-encoding']).to.equal(undefined);
      expect(JSON.parse(refused.body.toString('utf8')).items.length).to.be.above(0);
    });

    it('leaves an answer too large for one call to the middleware’s stream', () => {
      const request = (acceptEncoding: string) => ({
        acceptsEncodings: () => (acceptEncoding.includes('gzip') ? 'gzip' : 'identity'),
      });
      expect(wholeEncodingFor(request('gzip') as never, COMPRESS_IN_ONE_CALL_UP_TO_BYTES)).to.equal('gzip');
      expect(wholeEncodingFor(request('gzip') as never, COMPRESS_IN_ONE_CALL_UP_TO_BYTES + 1)).to.equal('stream');
      expect(wholeEncodingFor(request('gzip') as never, COMPRESS_FROM_BYTES - 1)).to.equal('identity');
      expect(wholeEncodingFor(request('identity') as never, COMPRESS_FROM_BYTES)).to.equal('identity');
    });
  });
});
