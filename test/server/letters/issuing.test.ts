// A letter's way from draft to accepted, with a real worker rendering the PDF and mailing it
// through the embedded SMTP catcher.
import { createHash } from 'node:crypto';
import { expect } from 'chai';
import { Op } from 'sequelize';
import type { Redis } from 'ioredis';
import { as } from '../../support/http.js';
import { waitFor } from '../../support/waitFor.js';
import { waitForQueueIdle } from '../../support/queues.js';
import { flat, pdfText } from '../../support/pdf.js';
import { rowCounts } from '../../support/counts.js';
import { createBullConnection } from '../../../workflows/connection.js';
import { createWorker, type QueueWorkers } from '../../../workflows/worker.js';
import { AuditEvent, CaughtEmail, Deadline, LetterDocument, OutboxEmail } from '../../../server/models/index.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('letters: approval, issuing and acceptance', () => {
  let connection: Redis;
  let worker: QueueWorkers;
  let letterId: number;

  before(async () => {
    connection = createBullConnection();
    worker = createWorker(connection, { concurrency: 2 });
    const officer = await as('caseOfficer');
    const created = await officer.post('/api/letters', {
      centre: 'NAPHA',
      year: 2031,
      title: 'Tilskudd og oppdrag for 2031',
      sections: [{ heading: 'Formål', body: 'Første avsnitt.\n\n<script>alert("x")</script> & «sitat»' }],
      signatories: [{ name: 'Kari Nordmann', title: 'divisjonsdirektør', byAuthority: true }],
      copyRecipients: [{ name: 'Helse- og omsorgsdepartementet' }],
      deadlineRules: { report: { month: 9, day: 1 } },
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    letterId = created.body.id;
    const assignment = await officer.post('/api/assignments', {
      letterId,
      rank: 1,
      title: 'Kartlegge kommunenes behov',
      deadlineDate: '2031-10-15',
    });
    expect(assignment.status, JSON.stringify(assignment.body)).to.equal(201);
  });

  after(async () => {
    await worker.close();
    await connection.quit();
  });

  it('renders user text as text, never as markup', async () => {
    const html = (await (await as('caseOfficer')).get(`/api/letters/${letterId}/preview`)).body as string;
    expect(html).not.to.include('<script>');
    expect(html).to.include('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «sitat»');
    const pdf = await (await as('caseOfficer')).getBytes(`/api/letters/${letterId}/pdf`);
    const text = flat(pdfText(pdf.bytes));
    expect(text).to.include('<script>alert("x")</script> & «sitat»');
    expect(text).to.include('UTKAST');
  });

  it('hides the draft from the centre', async () => {
    const leader = await as('naphaLeader');
    expect((await leader.get(`/api/letters/${letterId}`)).status).to.equal(404);
    expect((await leader.get(`/api/letters/${letterId}/preview`)).status).to.equal(404);
    expect((await leader.getBytes(`/api/letters/${letterId}/pdf`)).status).to.equal(404);
    const listed = (await leader.get('/api/letters?pageSize=100')).body.items.map((l: { id: number }) => l.id);
    expect(listed).not.to.include(letterId);
  });

  it('lets only an approver approve, after the case officer submits', async () => {
    const officer = await as('caseOfficer');
    const approver = await as('approver');
    expect((await approver.post(`/api/letters/${letterId}/approve`)).status).to.equal(409); // still a draft
    expect((await officer.post(`/api/letters/${letterId}/issue`)).status).to.equal(409);
    const submitted = await officer.post(`/api/letters/${letterId}/submit`);
    expect(submitted.body.status).to.equal('in_review');
    for (const role of ['caseOfficer', 'finance', 'admin'] as const) {
      const reply = await (await as(role)).post(`/api/letters/${letterId}/approve`);
      expect(reply.status, role).to.equal(403);
    }
    expect((await (await as('naphaLeader')).post(`/api/letters/${letterId}/approve`)).status).to.equal(404);
    const approved = await approver.post(`/api/letters/${letterId}/approve`);
    expect(approved.status).to.equal(200);
    expect(approved.body.status).to.equal('approved');
    expect(approved.body.approvals).to.have.length(1);
    expect(approved.body.approvals[0]).to.include({ method: 'electronic' });
    expect(approved.body.approvals[0].name).to.be.a('string').and.not.equal('');
    const html = (await officer.get(`/api/letters/${letterId}/preview`)).body as string;
    expect(html).to.include('Dokumentet er godkjent elektronisk. Godkjent elektronisk av');

    // Sent back, the approval no longer holds; approved again, it holds anew.
    const reopened = await approver.post(`/api/letters/${letterId}/reopen`, { reason: 'Rett fristen for planen' });
    expect(reopened.body).to.include({ status: 'draft' });
    expect(reopened.body.returned).to.include({ reason: 'Rett fristen for planen' });
    expect(reopened.body.approvals).to.deep.equal([]);
    expect((await officer.get(`/api/letters/${letterId}/preview`)).body).not.to.include('godkjent elektronisk');
    await officer.post(`/api/letters/${letterId}/submit`);
    expect((await approver.post(`/api/letters/${letterId}/approve`)).body.approvals).to.have.length(1);

    // Approved text cannot change under the approval: the letter must be reopened first.
    await waitForQueueIdle(); // background work settled: only the requests below can change rows
    const before = await rowCounts();
    const edit = await officer.patch(`/api/letters/${letterId}`, { title: 'Endret etter godkjenning' });
    expect(edit.status).to.equal(409);
    expect(edit.body.detail).to.match(/reopen it/);
    const assignment = await officer.post('/api/assignments', { letterId, rank: 2, title: 'Sneket inn' });
    expect(assignment.status).to.equal(409);
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('issues once: reference number, deadlines from the rules, one stored PDF and one e-mail', async () => {
    const officer = await as('caseOfficer');
    const issued = await officer.post(`/api/letters/${letterId}/issue`);
    expect(issued.status, JSON.stringify(issued.body)).to.equal(200);
    expect(issued.body.status).to.equal('issued');
    expect(issued.body.referenceNumber).to.match(/^\d{2}\/\d{5}-\d+$/); // saksår/sekvensnummer-dokumentnummer
    expect(issued.body.awaitingAcceptance).to.equal(true);
    const deadlines = await Deadline.findAll({ where: { letterId }, order: [['dueDate', 'ASC']] });
    expect(deadlines.map((d) => [d.kind, d.dueDate])).to.deep.equal([
      ['plan', '2031-02-15'],
      ['accounts', '2031-04-01'],
      ['report', '2031-09-01'], // moved by the letter's own rule
      ['assignment', '2031-10-15'],
    ]);

    const document = await waitFor(() => LetterDocument.findOne({ where: { letterId } }), 'the stored PDF');
    const mail = await waitFor(
      async () =>
        (await CaughtEmail.findAll()).find(
          (m) => m.envelopeTo.includes('leder@napha.example') && m.subject?.includes('2031'),
        ),
      'the e-mail to the centre leader',
    );
    expect(mail.attachments).to.have.length(1);
    expect(mail.attachments[0]!.contentType).to.equal('application/pdf');
    expect(mail.attachments[0]!.sha256).to.equal(document.sha256);
    expect(mail.textBody).to.include(issued.body.referenceNumber);

    const pdf = await officer.getBytes(`/api/letters/${letterId}/pdf`);
    expect(sha256(pdf.bytes)).to.equal(document.sha256);
    expect(pdf.headers.get('etag')).to.equal(`"${document.sha256}"`);
    const text = flat(pdfText(pdf.bytes));
    expect(text).to.include(issued.body.referenceNumber).and.include('1. september 2031').and.not.include('UTKAST');
    expect(document.viewData.referenceNumber).to.equal(issued.body.referenceNumber);

    // Issuing again: nothing new anywhere.
    await waitForQueueIdle(); // background work settled: only the requests below can change rows
    const before = await rowCounts();
    const again = await officer.post(`/api/letters/${letterId}/issue`);
    expect(again.status).to.equal(200);
    expect(again.body.referenceNumber).to.equal(issued.body.referenceNumber);
    await waitForQueueIdle(); // a wrongly repeated job would have run by now
    expect(await rowCounts()).to.deep.equal(before);
    expect(await OutboxEmail.count({ where: { dedupeKey: { [Op.like]: `letter-issued:${letterId}:%` } } })).to.equal(1);
    expect(
      await AuditEvent.count({ where: { entityType: 'GrantLetter', entityId: String(letterId), action: 'issue' } }),
    ).to.equal(1);
  });

  it('never changes once issued', async () => {
    const officer = await as('caseOfficer');
    const reply = await officer.patch(`/api/letters/${letterId}`, { title: 'Ny tittel' });
    expect(reply.status).to.equal(409);
    expect((await officer.post(`/api/letters/${letterId}/reopen`, { reason: 'For sent' })).status).to.equal(409);
    const letter = (await officer.get(`/api/letters/${letterId}`)).body;
    const patchAssignment = await officer.patch(`/api/assignments/${letter.assignments[0].id}`, { title: 'Ny' });
    expect(patchAssignment.status).to.equal(409);
    // A deadline moved after issuing changes the follow-up, not the letter as issued.
    const report = letter.deadlines.find((d: any) => d.kind === 'report');
    const moved = await officer.post(`/api/deadlines/${report.id}/due-date`, {
      dueDate: '2031-09-15',
      reason: 'Avtalt utsettelse',
    });
    expect(moved.status, JSON.stringify(moved.body)).to.equal(200);
    const preview = (await officer.get(`/api/letters/${letterId}/preview`)).body as string;
    expect(preview).to.include('1. september 2031').and.not.include('15. september 2031');
  });

  it('lets the centre leader read it and accept it once, with a valid bank account', async () => {
    const leader = await as('naphaLeader');
    expect((await leader.get(`/api/letters/${letterId}`)).body.abilities.accept).to.equal(true);
    const bad = await leader.post(`/api/letters/${letterId}/accept`, {
      bankAccount: '8601.11.17948',
      confirmConditions: true,
    });
    expect(bad.status).to.equal(400);
    const accepted = await leader.post(`/api/letters/${letterId}/accept`, {
      bankAccount: '8601 11 17947',
      confirmConditions: true,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(200);
    expect(accepted.body).to.include({ awaitingAcceptance: false, acceptedBankAccount: '86011117947' });
    expect(accepted.body.acceptedBy).to.be.a('string');
    expect(
      (await leader.post(`/api/letters/${letterId}/accept`, { bankAccount: '86011117947', confirmConditions: true }))
        .status,
    ).to.equal(409);
    expect(
      (
        await (
          await as('korusNordLeader')
        ).post(`/api/letters/${letterId}/accept`, { bankAccount: '86011117947', confirmConditions: true })
      ).status,
    ).to.equal(404);
  });
});
