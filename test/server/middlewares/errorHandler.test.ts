// Requests the server cannot read are the client's fault: broken percent-encoding in a path or a
// broken multipart body answer 400 problem+json, never 500; any 4xx an error carries stays a 4xx.
import { expect } from 'chai';
import type { NextFunction, Request, Response } from 'express';
import { anonymous, as } from '../../support/http.js';
import { testServer } from '../../support/server.js';
import { rowCounts } from '../../support/counts.js';
import { errorHandler } from '../../../server/middlewares/errorHandler.js';

/** Runs the error handler on one error and gives what it answered. */
function handle(error: unknown) {
  const sent: { status?: number; type?: string; body?: any; logged: number } = { logged: 0 };
  const res = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
      return this;
    },
  };
  const req = { originalUrl: '/x', log: { error: () => sent.logged++ } };
  errorHandler(error, req as unknown as Request, res as unknown as Response, (() => {}) as NextFunction);
  return sent;
}

describe('middlewares/errorHandler', () => {
  it('answers a path with malformed percent-encoding with 400, logged in or not', async () => {
    for (const client of [anonymous(), await as('caseOfficer')])
      for (const path of ['/api/letters/%E0%A4%A', '/api/deadlines/1/files/%ZZ', '/api/letters/%C0%AF', '/%E0%A4%A']) {
        const reply = await client.get(path);
        expect(reply.status, path).to.equal(400);
        expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
        expect(reply.body).to.deep.include({
          type: 'https://styringsdialog.example/problems/malformed-request',
          title: 'Malformed request',
          status: 400,
          detail: 'The path has malformed percent-encoding (a % not followed by valid UTF-8 bytes).',
        });
      }
  });

  it('answers a multipart body the parser cannot read with 400 naming the field, importing nothing', async () => {
    const finance = await as('finance');
    const before = await rowCounts();
    const boundary = 'grense';
    const response = await fetch(`${testServer.baseUrl}/api/budget-frames/import`, {
      method: 'POST',
      headers: { cookie: finance.sessionCookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r\u0000.xlsx"\r\n\r\nPK\r\n--${boundary}--\r\n`,
        'latin1',
      ),
    });
    expect(response.status).to.equal(400);
    expect(response.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(((await response.json()) as any).errors).to.deep.equal([
      { field: 'body.file', label: 'Fil', message: 'kan ikke leses (Malformed part header)' },
    ]);
    const cut = await fetch(`${testServer.baseUrl}/api/budget-frames/import`, {
      method: 'POST',
      headers: { cookie: finance.sessionCookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.xlsx"\r\n\r\nPK`,
    });
    expect(cut.status).to.equal(400);
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('answers a JSON body or a file over its limit with the one 413 problem, payload-too-large', async () => {
    const tooLarge = { type: 'https://styringsdialog.example/problems/payload-too-large', status: 413 };
    const json = await anonymous().post('/api/auth/login', { email: 'x'.repeat(1024 * 1024 + 1), password: 'x' });
    expect(json.status).to.equal(413);
    expect(json.body).to.include(tooLarge);
    const file = await (
      await as('finance')
    ).upload('/api/budget-frames/import', 'file', Buffer.alloc(5 * 1024 * 1024 + 1), 'r.xlsx');
    expect(file.status).to.equal(413);
    expect(file.body).to.include({ ...tooLarge, title: json.body.title });
    expect(handle(Object.assign(new Error('too large'), { type: 'entity.too.large', status: 413 })).body).to.include(
      tooLarge,
    );
  });

  it('keeps any 4xx an error carries as that 4xx, showing its message only when marked safe', () => {
    const exposed = Object.assign(new Error('Method Not Allowed'), { status: 405, expose: true });
    expect(handle(exposed)).to.deep.include({ status: 405, type: 'application/problem+json', logged: 0 });
    expect(handle(exposed).body).to.deep.include({ title: 'Metoden støttes ikke', detail: 'Method Not Allowed' });
    const hidden = Object.assign(new Error('secret internals'), { statusCode: 404 });
    expect(handle(hidden).body).to.deep.include({ status: 404, detail: 'Forespørselen ble avvist (HTTP 404).' });
    // A 5xx or no status at all stays an unexpected error: 500, logged, nothing of it shown.
    for (const error of [Object.assign(new Error('db down'), { status: 503 }), new Error('boom'), 'text']) {
      const sent = handle(error);
      expect(sent.status).to.equal(500);
      expect(sent.logged).to.equal(1);
      expect(sent.body.detail).to.equal('Det oppstod en uventet feil. Den er logget.');
    }
  });
});
