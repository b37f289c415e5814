// A year's letter in the year's words: last year's text copied with its years as placeholders and
// rendered with the new year; warnings before a step (years that do not fit, no budget frame);
// a letter sent back to draft with a reason; issuing plans the year's missing steering meeting.
import { expect } from 'chai';
import type { Redis } from 'ioredis';
import { as } from '../../support/http.js';
import { rowCounts } from '../../support/counts.js';
import { waitForQueueIdle } from '../../support/queues.js';
import { flat, pdfText } from '../../support/pdf.js';
import { letterInReview } from '../../support/letters.js';
import { osloToday } from '../../../server/calendar.js';
import { createBullConnection } from '../../../workflows/connection.js';
import { createWorker, type QueueWorkers } from '../../../workflows/worker.js';
import { AuditEvent } from '../../../server/models/index.js';

const staleText =
  'Dette brevet gir senteret tilskudd og oppdrag for 2036. Senteret sender plan for virksomheten i 2036 innen ' +
  '15. februar 2036, regnskap for 2035 innen 1. april 2036. Senteret ble etablert i 2009.';

describe('letters: the year in their words', () => {
  let connection: Redis;
  let worker: QueueWorkers;

  before(() => {
    connection = createBullConnection();
    worker = createWorker(connection, { concurrency: 2 });
  });

  after(async () => {
    await waitForQueueIdle();
    await worker.close();
    await connection.quit();
  });

  describe("a letter started from last year's", () => {
    let newId: number;

    before(async () => {
      const officer = await as('caseOfficer');
      const old = await officer.post('/api/letters', {
        centre: 'KORUS-OSLO',
        year: 2036,
        title: 'Tilskudd og oppdrag for 2036',
        sections: [{ heading: 'Formål 2036', body: staleText, recurring: true }],
        priorityAreas: [{ title: 'Kartlegging i 2036', description: 'Ferdig innen 2037.' }],
      });
      expect(old.status, JSON.stringify(old.body)).to.equal(201);
      const assignment = await officer.post('/api/assignments', {
        letterId: old.body.id,
        rank: 1,
        title: 'Rapport om rusbruk 2036',
        description: 'Leveres i 2036.',
      });
      expect(assignment.status, JSON.stringify(assignment.body)).to.equal(201);
      const created = await officer.post('/api/letters', {
        centre: 'KORUS-OSLO',
        year: 2037,
        title: 'Tilskudd og oppdrag for {{år}}',
        startFrom: 'previous_year',
        carryOverAssignmentIds: [assignment.body.id],
      });
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      newId = created.body.id;
    });

    it("keeps last year's years as placeholders in the copied text, older years as they were", async () => {
      const letter = (await (await as('caseOfficer')).get(`/api/letters/${newId}`)).body;
      expect(letter.sections[0].heading).to.equal('Formål {{år}}');
      expect(letter.sections[0].body).to.equal(
        'Dette brevet gir senteret tilskudd og oppdrag for {{år}}. Senteret sender plan for virksomheten i {{år}} ' +
          'innen 15. februar {{år}}, regnskap for {{fjorår}} innen 1. april {{år}}. Senteret ble etablert i 2009.',
      );
      expect(letter.priorityAreas[0]).to.include({
        title: 'Kartlegging i {{år}}',
        description: 'Ferdig innen {{neste år}}.',
      });
      expect(letter.assignments[0]).to.include({
        title: 'Rapport om rusbruk {{år}}',
        description: 'Leveres i {{år}}.',
      });
    });

    it("renders the placeholders as the letter's years in the preview and the PDF", async () => {
      const officer = await as('caseOfficer');
      const html = (await officer.get(`/api/letters/${newId}/preview`)).body as string;
      expect(html)
        .to.include('tilskudd og oppdrag for 2037')
        .and.include('innen 15. februar 2037, regnskap for 2036')
        .and.include('Formål 2037')
        .and.include('Kartlegging i 2037')
        .and.include('Ferdig innen 2038')
        .and.include('Rapport om rusbruk 2037')
        .and.include('etablert i 2009')
        .and.not.include('{{')
        .and.not.include('2036. Senteret');
      const text = flat(pdfText((await officer.getBytes(`/api/letters/${newId}/pdf`)).bytes));
      expect(text).to.include('tilskudd og oppdrag for 2037').and.not.include('{{');
    });

    it('warns of plan and report years that do not fit and of no budget frame, and still lets the letter be submitted', async () => {
      const officer = await as('caseOfficer');
      const clean = await officer.get(`/api/letters/${newId}/checks`);
      expect(clean.status).to.equal(200);
      expect(clean.body).to.deep.equal({ yearMismatches: [], missingBudgetFrame: true });

      const patched = await officer.patch(`/api/letters/${newId}`, {
        sections: [{ heading: 'Formål', body: staleText, recurring: true }],
      });
      expect(patched.status, JSON.stringify(patched.body)).to.equal(200);
      const warned = (await officer.get(`/api/letters/${newId}/checks`)).body;
      expect(warned.yearMismatches.map((m: any) => [m.part, m.name, m.kind, m.year])).to.deep.equal([
        ['section', 'Formål', 'grant', 2036],
        ['section', 'Formål', 'plan', 2036],
        ['section', 'Formål', 'plan', 2036],
        ['section', 'Formål', 'report', 2035],
      ]);
      expect(warned.yearMismatches[1].expected).to.deep.equal([2037]);
      // A warning, not a refusal: the case officer may go on.
      const submitted = await officer.post(`/api/letters/${newId}/submit`);
      expect(submitted.status).to.equal(200);
    });

    it('finds a budget frame for the year where the centre has one', async () => {
      const officer = await as('caseOfficer');
      const thisYear = Number(osloToday().slice(0, 4));
      const seeded = (await officer.get(`/api/letters?centre=NAPHA&kind=main&year=${thisYear}&pageSize=1`)).body
        .items[0];
      const checks = (await officer.get(`/api/letters/${seeded.id}/checks`)).body;
      expect(checks.missingBudgetFrame).to.equal(false);
      expect(checks.yearMismatches).to.deep.equal([]);
      expect((await (await as('korusNordLeader')).get(`/api/letters/${seeded.id}/checks`)).status).to.equal(404);
    });
  });

  describe("a draft letter's special assignment", () => {
    it('gets a description and a deadline date or «etter avtale», and can be edited; one kind of deadline clears the other', async () => {
      const officer = await as('caseOfficer');
      const letter = await officer.post('/api/letters', { centre: 'KORUS-OSLO', year: 2040, title: 'Tilskudd 2040' });
      const created = await officer.post('/api/assignments', {
        letterId: letter.body.id,
        rank: 2,
        title: 'Veileder',
        description: 'Skriv en veileder.',
        deadlineToBeAgreed: true,
      });
      expect(created.body).to.include({
        description: 'Skriv en veileder.',
        deadlineDate: null,
        deadlineToBeAgreed: true,
      });
      const dated = await officer.patch(`/api/assignments/${created.body.id}`, {
        title: 'Veileder for kommunene',
        description: 'Ny tekst.',
        deadlineDate: '2040-09-01',
      });
      expect(dated.status, JSON.stringify(dated.body)).to.equal(200);
      expect(dated.body).to.include({
        title: 'Veileder for kommunene',
        description: 'Ny tekst.',
        deadlineDate: '2040-09-01',
        deadlineToBeAgreed: false,
      });
      const agreed = await officer.patch(`/api/assignments/${created.body.id}`, { deadlineToBeAgreed: true });
      expect(agreed.body).to.include({ deadlineDate: null, deadlineToBeAgreed: true });
      const none = await officer.patch(`/api/assignments/${created.body.id}`, {
        deadlineDate: null,
        deadlineToBeAgreed: false,
      });
      expect(none.body).to.include({ deadlineDate: null, deadlineToBeAgreed: false });
      await waitForQueueIdle();
      const before = await rowCounts();
      const both = await officer.patch(`/api/assignments/${created.body.id}`, {
        deadlineDate: '2040-09-01',
        deadlineToBeAgreed: true,
      });
      expect(both.status).to.equal(400);
      expect(both.body.errors.map((e: any) => e.field)).to.deep.equal(['body.deadlineToBeAgreed']);
      expect(await rowCounts()).to.deep.equal(before);
    });
  });

  describe('sending a letter back to draft', () => {
    let letterId: number;

    before(async () => {
      letterId = await letterInReview('KORUS-OSLO', 2038);
    });

    it('needs a reason (400 naming the field) and writes nothing without one', async () => {
      const approver = await as('approver');
      await waitForQueueIdle(); // background work settled: only the requests below can change rows
      const before = await rowCounts();
      for (const body of [undefined, {}, { reason: '  ' }]) {
        const refused = await approver.post(`/api/letters/${letterId}/reopen`, body);
        expect(refused.status).to.equal(400);
        expect(refused.body.errors.map((e: any) => e.field)).to.deep.equal(['body.reason']);
      }
      expect(await rowCounts()).to.deep.equal(before);
    });

    it('keeps the reason on the letter for the case officer and in the audit trail, until it is submitted again', async () => {
      const approver = await as('approver');
      const officer = await as('caseOfficer');
      const returned = await approver.post(`/api/letters/${letterId}/reopen`, { reason: 'Rammen mangler for 2038.' });
      expect(returned.status, JSON.stringify(returned.body)).to.equal(200);
      expect(returned.body.status).to.equal('draft');
      expect(returned.body.approvals).to.deep.equal([]);
      const seen = (await officer.get(`/api/letters/${letterId}`)).body;
      expect(seen.returned.reason).to.equal('Rammen mangler for 2038.');
      expect(seen.returned.returnedBy).to.be.a('string').and.not.equal('');
      const audit = await AuditEvent.findOne({
        where: { entityType: 'GrantLetter', entityId: String(letterId), action: 'reopen' },
      });
      expect(JSON.stringify(audit!.afterData)).to.include('Rammen mangler for 2038.');
      const resubmitted = await officer.post(`/api/letters/${letterId}/submit`);
      expect(resubmitted.body.returned).to.equal(null);
    });
  });

  describe('issuing a main letter', () => {
    it("plans the year's missing October meeting when the centre already has its April meeting", async () => {
      const officer = await as('caseOfficer');
      const april = await officer.post('/api/steering-meetings', {
        centre: 'KORUS-OSLO',
        year: 2039,
        sequence: 1,
        meetingDate: '2039-04-20',
      });
      expect(april.status, JSON.stringify(april.body)).to.equal(201);
      const letterId = await letterInReview('KORUS-OSLO', 2039);
      const issued = await officer.post(`/api/letters/${letterId}/issue`);
      expect(issued.status, JSON.stringify(issued.body)).to.equal(200);
      const meetings = (await officer.get('/api/steering-meetings?centre=KORUS-OSLO&year=2039')).body.items;
      expect(meetings.map((m: any) => [m.sequence, m.meetingDate, m.plannedMonth])).to.deep.equal([
        [1, '2039-04-20', null],
        [2, null, 10],
      ]);
      // Issuing again plans nothing more.
      await officer.post(`/api/letters/${letterId}/issue`);
      expect((await officer.get('/api/steering-meetings?centre=KORUS-OSLO&year=2039')).body.items).to.have.length(2);
    });
  });

  describe("a centre's years", () => {
    it('are every year it has a letter, deadline or meeting in; its own people see only issued letters', async () => {
      const officer = await as('caseOfficer');
      const draft = await officer.post('/api/letters', { centre: 'KORUS-NORD', year: 2041, title: 'Tilskudd 2041' });
      expect(draft.status, JSON.stringify(draft.body)).to.equal(201);
      const meeting = await officer.post('/api/steering-meetings', {
        centre: 'KORUS-NORD',
        year: 2042,
        sequence: 1,
        plannedMonth: 4,
      });
      expect(meeting.status, JSON.stringify(meeting.body)).to.equal(201);

      const forOfficer = await officer.get('/api/centres/KORUS-NORD/years');
      expect(forOfficer.status).to.equal(200);
      expect(forOfficer.body.years).to.include.members([2042, 2041]);
      expect(forOfficer.body.years).to.deep.equal([...forOfficer.body.years].sort((a: number, b: number) => b - a));
      const forLeader = (await (await as('korusNordLeader')).get('/api/centres/KORUS-NORD/years')).body.years;
      expect(forLeader).to.include(2042).and.not.include(2041);
      expect((await (await as('naphaLeader')).get('/api/centres/KORUS-NORD/years')).status).to.equal(404);
    });
  });
});
