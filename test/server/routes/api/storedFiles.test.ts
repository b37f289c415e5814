// Stored documents (hand-ins, agenda attachments) are what their bytes say: HTML, scripts and
// anything off the list are refused (415) whatever the browser declares, empty files and bad
// names are 400, and nothing is stored when refused. Every stored file goes out as an attachment
// with its checked type and nosniff, so none can run as a page or script of this site.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { as } from '../../../support/http.js';
import type { Client } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { testServer } from '../../../support/server.js';
import { minimalPdf } from '../../../support/documents.js';
import { env } from '../../../../server/env.js';
import { StoredFile, Centre, Deadline } from '../../../../server/models/index.js';
import { storage } from '../../../../server/storage/index.js';

interface Upload {
  name: string;
  content: Buffer | string;
  /** What the browser declares; the server does not believe it. */
  type?: string;
}

function form(...files: Upload[]) {
  const data = new FormData();
  for (const file of files)
    data.append('files', new Blob([Buffer.from(file.content)], { type: file.type ?? 'application/pdf' }), file.name);
  return data;
}

/** A multipart body written by hand, for file names a FormData would not send as they are. */
async function rawUpload(client: Client, path: string, disposition: string) {
  const boundary = 'grense123';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; ${disposition}\r\n`, 'latin1'),
    Buffer.from('Content-Type: application/pdf\r\n\r\n'),
    minimalPdf(),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await fetch(`${testServer.baseUrl}${path}`, {
    method: 'POST',
    headers: { cookie: client.sessionCookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
}

const storedUnder = async (folder: string) => readdir(join(env.STORAGE_DIR, folder)).catch(() => [] as string[]);

describe('routes/api: stored files', () => {
  let deadlineId = 0;
  let itemId = 0;
  const routes = () => [
    { path: `/api/deadlines/${deadlineId}/submissions`, folder: `deadlines/${deadlineId}` },
    { path: `/api/agenda-items/${itemId}/files`, folder: `agenda-items/${itemId}` },
  ];

  before(async () => {
    const centre = (await Centre.findOne({ where: { code: 'NAPHA' } }))!;
    deadlineId = (
      await Deadline.create({
        centreId: centre.id,
        year: 2035,
        kind: 'report',
        title: 'Rapport Filtest',
        dueDate: '2035-03-01',
        periodYear: null,
        letterId: null,
        assignmentId: null,
        steeringMeetingId: null,
      })
    ).id;
    const officer = await as('caseOfficer');
    const meeting = await officer.post('/api/steering-meetings', {
      centre: 'NAPHA',
      year: 2035,
      sequence: 1,
      meetingDate: '2035-05-10',
      startTime: '10:00',
    });
    expect(meeting.status, JSON.stringify(meeting.body)).to.equal(201);
    const item = await (
      await as('naphaLeader')
    ).post(`/api/steering-meetings/${meeting.body.id}/agenda-items`, { title: 'Vedleggstest' });
    expect(item.status, JSON.stringify(item.body)).to.equal(201);
    itemId = item.body.agenda[0].id;
  });

  it('refuses HTML and scripts with 415 naming each file, whatever type the browser declares, storing nothing', async () => {
    const leader = await as('naphaLeader');
    for (const route of routes()) {
      const before = await rowCounts();
      const reply = await leader.postForm(
        route.path,
        form(
          { name: 'ok.pdf', content: minimalPdf() },
          { name: 'side.html', content: '<!doctype html><script>fetch("/api/users")</script>' },
          { name: 'skript.js', content: 'fetch("/api/users")', type: 'text/plain' },
          { name: 'forkledd.pdf', content: '<script>alert(1)</script>' },
        ),
      );
      expect(reply.status, JSON.stringify(reply.body)).to.equal(415);
      expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(reply.body.title).to.equal('File type not supported');
      expect(reply.body.errors.map((e: any) => [e.field, e.message.split('”')[0]])).to.deep.equal([
        ['body.files', '“side.html'],
        ['body.files', '“skript.js'],
        ['body.files', '“forkledd.pdf'],
      ]);
      expect(reply.body.detail).to.match(/Nothing was stored\.$/);
      expect(await rowCounts()).to.deep.equal(before);
      expect(await storedUnder(route.folder)).to.deep.equal([]);
    }
  });

  it('refuses an empty file, a NUL in a file name and a name over 255 characters with 400, storing nothing', async () => {
    const leader = await as('naphaLeader');
    for (const route of routes()) {
      const before = await rowCounts();
      const empty = await leader.postForm(route.path, form({ name: 'tom.pdf', content: Buffer.alloc(0) }));
      expect(empty.status).to.equal(400);
      expect(empty.body.errors).to.deep.equal([
        { field: 'body.files', label: 'Files', message: '“tom.pdf” is empty (0 bytes)' },
      ]);

      const long = await leader.postForm(route.path, form({ name: `${'x'.repeat(300)}.pdf`, content: minimalPdf() }));
      expect(long.status).to.equal(400);
      expect(long.body.errors[0]).to.include({ field: 'body.files' });
      expect(long.body.errors[0].message).to.match(/has 304 characters; at most 255$/);

      // A raw NUL in the part header: the multipart parser refuses the body.
      const rawNul = await rawUpload(leader, route.path, 'filename="a\u0000b.pdf"');
      expect(rawNul.status).to.equal(400);
      expect(rawNul.type).to.match(/^application\/problem\+json/);
      expect(rawNul.body).to.include({ title: 'Ugyldig forespørsel' }); // a raw request without Accept-Language: bokmål
      expect(rawNul.body.errors).to.deep.equal([
        { field: 'body.files', label: 'Filer', message: 'kan ikke leses (Malformed part header)' },
      ]);
      // A NUL spelled out in an RFC 5987 name: the parser decodes it, the name rule refuses it.
      const encodedNul = await rawUpload(leader, route.path, "filename*=UTF-8''a%00b.pdf");
      expect(encodedNul.status).to.equal(400);
      expect(encodedNul.body.errors).to.deep.equal([
        { field: 'body.files', label: 'Filer', message: 'filnavnet «a�b.pdf» har kontrolltegn' },
      ]);
      expect(await rowCounts()).to.deep.equal(before);
      expect(await storedUnder(route.folder)).to.deep.equal([]);
    }
  });

  it('serves each stored file as an attachment with the type found in its bytes, nosniff and a sandbox', async () => {
    const leader = await as('naphaLeader');
    const officer = await as('caseOfficer');
    const text = 'Notat <script>alert(1)</script> æøå';
    const attached = await leader.postForm(
      `/api/agenda-items/${itemId}/files`,
      form({ name: 'notat æøå.txt', content: text, type: 'text/html' }),
    );
    expect(attached.status, JSON.stringify(attached.body)).to.equal(201);
    const file = attached.body.agenda[0].files[0];
    const download = await officer.download(`/api/agenda-items/${itemId}/files/${file.id}`);
    expect(download.status).to.equal(200);
    expect(download.body.toString('utf8')).to.equal(text);
    expect(download.headers.get('content-type')).to.equal('text/plain; charset=utf-8');
    expect(download.headers.get('content-disposition')).to.equal(
      `attachment; filename="notat ___.txt"; filename*=UTF-8''notat%20%C3%A6%C3%B8%C3%A5.txt`,
    );
    expect(download.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(download.headers.get('content-security-policy')).to.equal("default-src 'none'; sandbox");
    expect((await StoredFile.findByPk(file.id))!.contentType).to.equal('text/plain');

    const handedIn = await leader.postForm(
      `/api/deadlines/${deadlineId}/submissions`,
      form({ name: 'rapport.pdf', content: minimalPdf(), type: 'text/html' }),
    );
    expect(handedIn.status, JSON.stringify(handedIn.body)).to.equal(201);
    expect(handedIn.body.files[0]).to.include({ filename: 'rapport.pdf', contentType: 'application/pdf' });
    const pdf = await officer.download(`/api/deadlines/${deadlineId}/files/${handedIn.body.files[0].id}`);
    expect(pdf.headers.get('content-type')).to.equal('application/pdf');
    expect(pdf.headers.get('content-disposition')).to.equal(
      `attachment; filename="rapport.pdf"; filename*=UTF-8''rapport.pdf`,
    );
    expect(pdf.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(pdf.body.equals(minimalPdf())).to.equal(true);
  });

  it('serves a file recorded before the check (a .js as text/javascript) as bytes to download, never as script', async () => {
    const key = `agenda-items/${itemId}/old-evil-js`;
    await storage.put(key, Buffer.from('fetch("/api/users")'));
    const old = await StoredFile.create({
      agendaItemId: itemId,
      filename: 'evil.js',
      contentType: 'text/javascript',
      byteSize: 19,
      sha256: '0'.repeat(64),
      storageKey: key,
    });
    // One table for every stored document: each row belongs to one hand-in or one agenda item.
    const row = { filename: 'x.txt', contentType: 'text/plain', byteSize: 1, sha256: '0'.repeat(64), storageKey: key };
    for (const owners of [{}, { agendaItemId: itemId, submissionId: 1 }])
      await StoredFile.create({ ...row, ...owners }).then(
        () => expect.fail('stored without one owner'),
        (error: Error) => expect(error.name).to.equal('SequelizeValidationError'),
      );
    const download = await (await as('naphaLeader')).download(`/api/agenda-items/${itemId}/files/${old.id}`);
    expect(download.status).to.equal(200);
    expect(download.headers.get('content-type')).to.equal('application/octet-stream');
    expect(download.headers.get('content-disposition')).to.equal(
      `attachment; filename="evil.js"; filename*=UTF-8''evil.js`,
    );
    expect(download.headers.get('x-content-type-options')).to.equal('nosniff');
  });
});
