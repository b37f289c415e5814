// Steering meetings end to end over HTTP: calendar invitations read back with a real iCalendar
// parser (ical.js) and delivered through the SMTP catcher by a real worker; the shared agenda and
// its deadline; the meeting pack; minutes, their locking and action items as owned deadlines; and
// the private calendar feed.
import { createHash } from 'node:crypto';
import { expect } from 'chai';
import { Op } from 'sequelize';
import ICAL from 'ical.js';
import type { Redis } from 'ioredis';
import { addDays, format } from 'date-fns';
import { anonymous, as } from '../../support/http.js';
import { waitFor } from '../../support/waitFor.js';
import { rowCounts } from '../../support/counts.js';
import { waitForQueueIdle } from '../../support/queues.js';
import { flat, pdfText } from '../../support/pdf.js';
import { createBullConnection } from '../../../workflows/connection.js';
import { createWorker, type QueueWorkers } from '../../../workflows/worker.js';
import { CaughtEmail, Deadline, OutboxEmail, Reminder, User } from '../../../server/models/index.js';
import { storage } from '../../../server/storage/index.js';
import { sweepReminders } from '../../../server/reminders/sweep.js';
import { osloToday } from '../../../server/calendar.js';
import { TZDate } from '@date-fns/tz';
import { formatKroner } from '../../../common/money.js';
import { formatDateLong } from '../../../templates/formats.js';

interface ParsedInvitation {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  tzid: string;
  localStart: string;
  utcStart: string;
  attendees: string[];
}

function parseInvitation(text: string): ParsedInvitation {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Register the calendar's own VTIMEZONE, so the instant comes from the file and not from us.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const dtstart = vevent.getFirstProperty('dtstart')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    status: String(vevent.getFirstPropertyValue('status')),
    tzid: String(dtstart.getParameter('tzid')),
    localStart: event.startDate.toString(),
    utcStart: event.startDate.toJSDate().toISOString(),
    attendees: vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue()).replace(/^mailto:/i, '')),
  };
}

const inDays = (days: number) => format(addDays(new TZDate(Date.now(), 'Europe/Oslo'), days), 'yyyy-MM-dd');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const userId = async (email: string) => (await User.findOne({ where: { email } }))!.id;

describe('steering meetings', () => {
  let connection: Redis;
  let worker: QueueWorkers;

  before(() => {
    connection = createBullConnection();
    worker = createWorker(connection, { concurrency: 2 });
  });

  after(async () => {
    await worker.close();
    await connection.quit();
  });

  describe('invitations', () => {
    let meetingId: number;
    let uid: string;

    it('plans a meeting with an agenda deadline 10 working days before, skipping Easter', async () => {
      const officer = await as('caseOfficer');
      const created = await officer.post('/api/steering-meetings', {
        centre: 'NAPHA',
        year: 2032,
        sequence: 1,
        meetingDate: '2032-04-06',
        startTime: '10:00',
        location: 'Helsedirektoratet, Oslo',
      });
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      meetingId = created.body.id;
      expect(created.body.status).to.equal('scheduled');
      // Tue 6 April back ten working days, past Easter Monday, Good Friday and Maundy Thursday.
      expect(created.body.preparation.agendaDeadline.dueDate).to.equal('2032-03-18');
    });

    it('serves the invitation as .ics: REQUEST, DTSTART in Europe/Oslo, every participant', async () => {
      const officer = await as('caseOfficer');
      const set = await officer.put(`/api/steering-meetings/${meetingId}/participants`, {
        participants: [
          { userId: await userId('leder@napha.example') },
          { userId: await userId('saksbehandler@helsedir.example') },
          { name: 'Ekstern Rådgiver', email: 'Radgiver@Example.org', side: 'centre' },
        ],
      });
      expect(set.status, JSON.stringify(set.body)).to.equal(200);
      const ics = await officer.download(`/api/steering-meetings/${meetingId}/invite.ics`);
      expect(ics.status).to.equal(200);
      expect(ics.headers.get('content-type')).to.match(/^text\/calendar/);
      const parsed = parseInvitation(ics.body.toString('utf8'));
      expect(parsed.method).to.equal('REQUEST');
      expect(parsed.tzid).to.equal('Europe/Oslo');
      expect(parsed.localStart).to.equal('2032-04-06T10:00:00');
      expect(parsed.utcStart).to.equal('2032-04-06T08:00:00.000Z'); // summer time, UTC+2
      expect(parsed.sequence).to.equal(0);
      expect(parsed.attendees).to.have.members([
        'leder@napha.example',
        'saksbehandler@helsedir.example',
        'radgiver@example.org',
      ]);
      uid = parsed.uid;
      expect(uid).to.match(/^steering-meeting-\d+@/);
    });

    it('e-mails each participant the .ics once, however often it is sent', async () => {
      const officer = await as('caseOfficer');
      const sent = await officer.post(`/api/steering-meetings/${meetingId}/invitations`);
      expect(sent.status, JSON.stringify(sent.body)).to.equal(202);
      expect(sent.body.invitedAt).to.be.a('string');
      const again = await officer.post(`/api/steering-meetings/${meetingId}/invitations`);
      expect(again.status).to.equal(202);
      const outbox = await OutboxEmail.findAll({ where: { kind: 'meeting_invitation' } });
      const forMeeting = outbox.filter((e) => e.dedupeKey.startsWith(`meeting-invitation:${meetingId}:0:`));
      expect(forMeeting.map((e) => e.toAddress)).to.have.members([
        'leder@napha.example',
        'saksbehandler@helsedir.example',
        'radgiver@example.org',
      ]);
      const mail = await waitFor(
        async () => (await CaughtEmail.findAll()).find((m) => m.envelopeTo.includes('radgiver@example.org')),
        'the invitation to the guest',
      );
      expect(mail.subject).to.match(/^Invitasjon: Styringsmøte 1 2032/);
      expect(mail.attachments).to.have.length(1);
      expect(mail.attachments[0]!.contentType).to.match(/^text\/calendar/);
      const attachment = forMeeting[0]!.attachments[0]!;
      expect(attachment.contentType).to.match(/method=REQUEST/);
      const attached = await storage.get(attachment.storageKey);
      expect(parseInvitation(attached.toString('utf8')).uid).to.equal(uid);
    });

    it('keeps the UID and raises SEQUENCE on every change, moving the agenda deadline with the date', async () => {
      const officer = await as('caseOfficer');
      const later = await officer.patch(`/api/steering-meetings/${meetingId}`, { startTime: '13:00' });
      expect(later.status, JSON.stringify(later.body)).to.equal(200);
      expect(later.body.invitationSequence).to.equal(1);
      const moved = await officer.patch(`/api/steering-meetings/${meetingId}`, { meetingDate: '2032-04-20' });
      expect(moved.body.invitationSequence).to.equal(2);
      expect(moved.body.preparation.agendaDeadline.dueDate).to.equal('2032-04-06');
      const unchanged = await officer.patch(`/api/steering-meetings/${meetingId}`, {
        location: 'Helsedirektoratet, Oslo',
      });
      expect(unchanged.body.invitationSequence, 'same place is no change').to.equal(2);

      const parsed = parseInvitation(
        (await officer.download(`/api/steering-meetings/${meetingId}/invite.ics`)).body.toString(),
      );
      expect(parsed.uid).to.equal(uid);
      expect(parsed.sequence).to.equal(2);
      expect(parsed.localStart).to.equal('2032-04-20T13:00:00');
      const updates = await OutboxEmail.findAll({
        where: { kind: 'meeting_invitation', toAddress: 'radgiver@example.org' },
      });
      expect(updates.map((e) => e.subject.split(':')[0])).to.deep.equal(['Invitasjon', 'Endret', 'Endret']);
    });

    it('sends a participant taken off the list a CANCEL naming only them; the rest get the update', async () => {
      const officer = await as('caseOfficer');
      const invitable = await officer.get(`/api/steering-meetings/${meetingId}/invitable`);
      const emails = invitable.body.items.map((u: any) => u.email);
      expect(emails).to.include.members(['leder@napha.example', 'saksbehandler@helsedir.example']);
      expect(emails).not.to.include('leder@korus-nord.example');
      expect((await (await as('naphaLeader')).get(`/api/steering-meetings/${meetingId}/invitable`)).status).to.equal(
        403,
      );

      const set = await officer.put(`/api/steering-meetings/${meetingId}/participants`, {
        participants: [
          { userId: await userId('leder@napha.example') },
          { userId: await userId('saksbehandler@helsedir.example') },
        ],
      });
      expect(set.body.invitationSequence).to.equal(3);
      const withdrawn = await OutboxEmail.findOne({
        where: { dedupeKey: `meeting-invitation:${meetingId}:3:radgiver@example.org` },
      });
      expect(withdrawn!.subject).to.match(/^Ikke lenger invitert: /);
      const ics = parseInvitation((await storage.get(withdrawn!.attachments[0]!.storageKey)).toString());
      expect([ics.method, ics.uid, ics.sequence]).to.deep.equal(['CANCEL', uid, 3]);
      expect(ics.attendees).to.deep.equal(['radgiver@example.org']);
      const update = await OutboxEmail.findOne({
        where: { dedupeKey: `meeting-invitation:${meetingId}:3:leder@napha.example` },
      });
      expect(update!.subject).to.match(/^Endret: /);
    });

    it('sends METHOD:CANCEL with the same UID when the meeting is cancelled, and closes the agenda deadline', async () => {
      const officer = await as('caseOfficer');
      const cancelled = await officer.post(`/api/steering-meetings/${meetingId}/cancel`);
      expect(cancelled.status, JSON.stringify(cancelled.body)).to.equal(200);
      expect(cancelled.body.status).to.equal('cancelled');
      expect(cancelled.body.preparation.agendaDeadline.status).to.equal('cancelled');
      const parsed = parseInvitation(
        (await officer.download(`/api/steering-meetings/${meetingId}/invite.ics`)).body.toString(),
      );
      expect(parsed.method).to.equal('CANCEL');
      expect(parsed.status).to.equal('CANCELLED');
      expect(parsed.uid).to.equal(uid);
      expect(parsed.sequence).to.equal(4);
      const mail = await waitFor(
        async () =>
          (await CaughtEmail.findAll()).find(
            (m) => m.envelopeTo.includes('leder@napha.example') && m.subject?.startsWith('Avlyst: Styringsmøte 1 2032'),
          ),
        'the cancellation',
      );
      expect(mail.attachments[0]!.contentType).to.match(/^text\/calendar/);
      const outbox = await OutboxEmail.findOne({
        where: { dedupeKey: `meeting-invitation:${meetingId}:4:leder@napha.example` },
      });
      expect(outbox!.attachments[0]!.contentType).to.match(/method=CANCEL/);
      expect(parseInvitation((await storage.get(outbox!.attachments[0]!.storageKey)).toString()).method).to.equal(
        'CANCEL',
      );

      // A cancelled meeting stays cancelled: no change, no e-mail, and it cannot be deleted away.
      await waitForQueueIdle(); // background work settled: only the requests below can change rows
      const before = await rowCounts();
      const changed = await officer.patch(`/api/steering-meetings/${meetingId}`, { startTime: '14:00' });
      expect(changed.status).to.equal(409);
      expect((await officer.delete(`/api/steering-meetings/${meetingId}`)).status).to.equal(409);
      expect(await rowCounts()).to.deep.equal(before);
    });

    it("hides a centre's meeting and invitation from another centre", async () => {
      const korus = await as('korusNordLeader');
      expect((await korus.get(`/api/steering-meetings/${meetingId}`)).status).to.equal(404);
      expect((await korus.download(`/api/steering-meetings/${meetingId}/invite.ics`)).status).to.equal(404);
      const list = await korus.get('/api/steering-meetings?year=2032');
      expect(list.body.items.map((m: any) => m.centre.code)).not.to.include('NAPHA');
    });
  });

  describe('shared agenda', () => {
    const plan = async (meetingDate: string, sequence: number) => {
      const reply = await (
        await as('caseOfficer')
      ).post('/api/steering-meetings', {
        centre: 'NAPHA',
        year: Number(meetingDate.slice(0, 4)),
        sequence,
        meetingDate,
        startTime: '09:00',
      });
      expect(reply.status, JSON.stringify(reply.body)).to.equal(201);
      return reply.body;
    };

    it('refuses a centre item after the agenda deadline, writing nothing, while the case officer may still add', async () => {
      const meeting = await plan(inDays(3), 5);
      expect(meeting.preparation.agendaDeadline.dueDate < osloToday()).to.equal(true);
      const leader = await as('naphaLeader');
      const detail = await leader.get(`/api/steering-meetings/${meeting.id}`);
      expect(detail.body.abilities.proposeAgendaItem).to.equal(false);
      expect(detail.body.abilities.agendaClosedReason).to.match(/agenda deadline was/);
      await waitForQueueIdle(); // background work settled: only the requests below can change rows
      const before = await rowCounts();
      const late = await leader.post(`/api/steering-meetings/${meeting.id}/agenda-items`, { title: 'Sen sak' });
      expect(late.status).to.equal(409);
      expect(late.body.type).to.match(/agenda-closed$/);
      expect(await rowCounts()).to.deep.equal(before);
      const officer = await as('caseOfficer');
      const added = await officer.post(`/api/steering-meetings/${meeting.id}/agenda-items`, {
        title: 'Direktoratets sak',
      });
      expect(added.status, JSON.stringify(added.body)).to.equal(201);
      expect(added.body.agenda.map((i: any) => [i.title, i.side])).to.deep.equal([
        ['Direktoratets sak', 'directorate'],
      ]);
    });

    it('takes items from both sides before the deadline; the case officer orders and finalises, and the pack is stored', async () => {
      const meeting = await plan(inDays(60), 6);
      const leader = await as('naphaLeader');
      const officer = await as('caseOfficer');
      const first = await leader.post(`/api/steering-meetings/${meeting.id}/agenda-items`, {
        title: 'Erfaringer fra kommunesamlingene',
        description: 'Senteret orienterer.',
      });
      expect(first.status, JSON.stringify(first.body)).to.equal(201);
      const second = await officer.post(`/api/steering-meetings/${meeting.id}/agenda-items`, {
        title: 'Budsjett 2027',
      });
      const items = second.body.agenda;
      expect(items.map((i: any) => [i.position, i.side, i.proposedBy.name.length > 0])).to.deep.equal([
        [1, 'centre', true],
        [2, 'directorate', true],
      ]);

      // The type comes from the bytes and the name, not from what the browser declares.
      const html = new FormData();
      html.append('files', new Blob(['<h1>Notat</h1>'], { type: 'text/plain' }), 'notat.html');
      const attached = await leader.postForm(`/api/agenda-items/${items[0].id}/files`, html);
      expect(attached.status, JSON.stringify(attached.body)).to.equal(415);
      expect(attached.body.errors[0].message).to.include('notat.html');
      const form = new FormData();
      form.append('files', new Blob(['Notat til styringsmøtet']), 'notat.txt');
      const ok = await leader.postForm(`/api/agenda-items/${items[0].id}/files`, form);
      expect(ok.status, JSON.stringify(ok.body)).to.equal(201);
      const file = ok.body.agenda[0].files[0];
      const download = await (await as('caseOfficer')).download(`/api/agenda-items/${items[0].id}/files/${file.id}`);
      expect(download.body.toString()).to.equal('Notat til styringsmøtet');
      expect(
        (await (await as('korusNordLeader')).download(`/api/agenda-items/${items[0].id}/files/${file.id}`)).status,
      ).to.equal(404);

      expect(
        (await leader.put(`/api/steering-meetings/${meeting.id}/agenda/order`, { itemIds: [items[1].id, items[0].id] }))
          .status,
      ).to.equal(403);
      const wrong = await officer.put(`/api/steering-meetings/${meeting.id}/agenda/order`, { itemIds: [items[1].id] });
      expect(wrong.status).to.equal(400);
      expect(wrong.body.errors[0].field).to.equal('body.itemIds');
      const ordered = await officer.put(`/api/steering-meetings/${meeting.id}/agenda/order`, {
        itemIds: [items[1].id, items[0].id],
      });
      expect(ordered.body.agenda.map((i: any) => i.title)).to.deep.equal([
        'Budsjett 2027',
        'Erfaringer fra kommunesamlingene',
      ]);
      expect(
        (await (await as('korusNordLeader')).post(`/api/steering-meetings/${meeting.id}/agenda-items`, { title: 'x' }))
          .status,
      ).to.equal(404);

      await officer.put(`/api/steering-meetings/${meeting.id}/participants`, {
        participants: [{ userId: await userId('leder@napha.example') }],
      });
      const final = await officer.post(`/api/steering-meetings/${meeting.id}/agenda/finalise`);
      expect(final.status, JSON.stringify(final.body)).to.equal(200);
      expect(final.body.agendaStatus).to.equal('final');
      expect(final.body.preparation.agendaDeadline.status).to.equal('accepted');
      const closed = await leader.post(`/api/steering-meetings/${meeting.id}/agenda-items`, { title: 'For sent' });
      expect(closed.status).to.equal(409);

      const stored = await waitFor(async () => {
        const detail = await leader.get(`/api/steering-meetings/${meeting.id}`);
        return detail.body.pack;
      }, 'the stored meeting pack');
      const pdf = await leader.getBytes(`/api/steering-meetings/${meeting.id}/pack.pdf`);
      expect(pdf.headers.get('etag')).to.equal(`"${stored.sha256}"`);
      expect(sha256(pdf.bytes)).to.equal(stored.sha256);
      const text = flat(pdfText(pdf.bytes));
      expect(text.indexOf('Budsjett 2027')).to.be.greaterThan(-1);
      expect(text.indexOf('Budsjett 2027')).to.be.lessThan(text.indexOf('Erfaringer fra kommunesamlingene'));
      expect(text).not.to.include('UTKAST');

      // The participants get the stored pack by e-mail, once.
      const mail = await waitFor(
        async () =>
          (await CaughtEmail.findAll()).find(
            (m) => m.envelopeTo.includes('leder@napha.example') && m.subject?.startsWith('Møtepakke: Styringsmøte 6'),
          ),
        'the meeting pack e-mail',
      );
      expect(mail.attachments.map((a) => [a.contentType, a.sha256])).to.deep.equal([
        ['application/pdf', stored.sha256],
      ]);
      expect(
        await OutboxEmail.count({
          where: { kind: 'meeting_pack', dedupeKey: { [Op.like]: `meeting-pack:${meeting.id}:%` } },
        }),
      ).to.equal(1);
    });
  });

  describe('agenda deadline reminders', () => {
    it('ask the centre for agenda items and link the meeting, and stop at the deadline', async () => {
      const officer = await as('caseOfficer');
      const created = await officer.post('/api/steering-meetings', {
        centre: 'NAPHA',
        year: 2033,
        sequence: 1,
        meetingDate: '2033-04-26',
        startTime: '10:00',
      });
      const deadline = created.body.preparation.agendaDeadline;
      // Ten working days back from Tuesday 26 April, skipping Maundy Thursday, Good Friday and Easter Monday.
      expect(deadline.dueDate).to.equal('2033-04-07');
      const planned = (await officer.get(`/api/deadlines/${deadline.id}/reminders`)).body.items;
      expect(planned.length).to.be.greaterThan(0);
      expect(
        planned.filter((r: any) => r.step > 0),
        'none after the agenda deadline',
      ).to.deep.equal([]);
      await sweepReminders('2033-03-31'); // a week before
      const email = await OutboxEmail.findOne({
        where: { kind: 'reminder', toAddress: 'leder@napha.example', subject: { [Op.like]: '%dagsorden%2033%' } },
      });
      expect(email!.textBody).to.include('Meld inn saker til dagsorden').and.include(`/meetings/${created.body.id}`);
    });
  });

  describe('meeting pack of the seeded NAPHA 2009 meeting', () => {
    it("lists the centre's special assignments in rank order with status and deadline", async () => {
      const officer = await as('caseOfficer');
      const napha = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0];
      const letter = (await officer.get(`/api/letters/${napha.id}`)).body;
      const meeting = letter.steeringMeetings[0];
      const html = (await (await as('naphaLeader')).get(`/api/steering-meetings/${meeting.id}/pack`)).body as string;
      const table = /<table class="assignments">([\s\S]*?)<\/table>/.exec(html)![1]!;
      const rows = [...table.matchAll(/<tr><td class="rank">(\d+)<\/td><td>(.*?)<\/td><td>(.*?)<\/td>/g)].map((m) => [
        Number(m[1]),
        m[2],
      ]);
      expect(rows.map(([rank]) => rank)).to.deep.equal([1, 1, 2, 3, 4, 5]);
      const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
      expect(rows.map(([, title]) => title)).to.deep.equal(letter.assignments.map((a: any) => escape(a.title)));
      // The three deadlines of 2009 were all met (the seed marks them accepted).
      expect(html).to.include('Levert i tide (3)').and.include('Levert for sent eller over fristen (0)');
      expect(html)
        .to.include('Økonomi')
        .and.include(formatKroner(18_000_000_00, { nonBreaking: true, ore: 'whenAny' }));
      expect((await (await as('korusNordLeader')).get(`/api/steering-meetings/${meeting.id}/pack`)).status).to.equal(
        404,
      );
    });
  });

  describe('minutes', () => {
    let meetingId: number;

    before(async () => {
      const created = await (
        await as('caseOfficer')
      ).post('/api/steering-meetings', {
        centre: 'NAPHA',
        year: 2024,
        sequence: 2,
        meetingDate: '2024-04-27',
        startTime: '10:00',
      });
      meetingId = created.body.id;
    });

    it('cannot be approved before the meeting day (Oslo date), which would mark a coming meeting held', async () => {
      const officer = await as('caseOfficer');
      const leader = await as('naphaLeader');
      const coming = await officer.post('/api/steering-meetings', {
        centre: 'NAPHA',
        year: 2033,
        sequence: 2,
        meetingDate: '2033-03-01',
        startTime: '10:00',
      });
      expect(coming.status, JSON.stringify(coming.body)).to.equal(201);
      const written = await officer.put(`/api/steering-meetings/${coming.body.id}/minutes`, {
        summary: 'Skrevet på forhånd.',
        decisions: [],
        actionItems: [],
      });
      expect(written.status, JSON.stringify(written.body)).to.equal(200);
      expect(written.body.abilities.approveMinutes, 'not offered before the day').to.equal(false);
      await waitForQueueIdle(); // background work settled: only the requests below can change rows
      const before = await rowCounts();
      for (const side of [leader, officer]) {
        const refused = await side.post(`/api/steering-meetings/${coming.body.id}/minutes/approve`);
        expect(refused.status).to.equal(409);
        expect(refused.body.detail).to.include(formatDateLong('2033-03-01', 'en'));
      }
      expect(await rowCounts()).to.deep.equal(before);
      const still = await officer.get(`/api/steering-meetings/${coming.body.id}`);
      expect(still.body.status).not.to.equal('held');
      expect(still.body.minutes.state).to.equal('draft');
    });

    it('are approved by one person from each side, then locked, and action items become owned deadlines with reminders', async () => {
      const officer = await as('caseOfficer');
      const leader = await as('naphaLeader');
      const officerId = await userId('saksbehandler@helsedir.example');
      const leaderId = await userId('leder@napha.example');
      const minutes = {
        summary: 'Gjennomgang av årets oppdrag.',
        decisions: ['Kartleggingen utvides til Nord-Norge.'],
        actionItems: [
          { title: 'Sende oversikt over kommunekontakter', ownerId: officerId, dueDate: '2032-05-10' },
          { title: 'Levere revidert aktivitetsplan', ownerId: leaderId, dueDate: '2032-06-01' },
        ],
      };
      expect((await leader.put(`/api/steering-meetings/${meetingId}/minutes`, minutes)).status).to.equal(403);
      const written = await officer.put(`/api/steering-meetings/${meetingId}/minutes`, minutes);
      expect(written.status, JSON.stringify(written.body)).to.equal(200);
      expect(written.body.minutes.state).to.equal('draft');

      const byLeader = await leader.post(`/api/steering-meetings/${meetingId}/minutes/approve`);
      expect(byLeader.body.minutes.state).to.equal('partly_approved');
      expect(byLeader.body.abilities.approveMinutes, 'one approval per side').to.equal(false);
      // A rewrite withdraws the approval: both sides approve the same text.
      const rewritten = await officer.put(`/api/steering-meetings/${meetingId}/minutes`, minutes);
      expect(rewritten.body.minutes.centreApproval).to.equal(null);
      expect(
        (await (await as('korusNordLeader')).post(`/api/steering-meetings/${meetingId}/minutes/approve`)).status,
      ).to.equal(404);

      await leader.post(`/api/steering-meetings/${meetingId}/minutes/approve`);
      const locked = await (await as('approver')).post(`/api/steering-meetings/${meetingId}/minutes/approve`);
      expect(locked.status, JSON.stringify(locked.body)).to.equal(200);
      expect(locked.body.minutes.state).to.equal('locked');
      expect(locked.body.status).to.equal('held');
      expect(locked.body.minutes.directorateApproval.by.name).to.be.a('string');

      const deadlines = await Deadline.findAll({
        where: { steeringMeetingId: meetingId, kind: 'action' },
        order: [['dueDate', 'ASC']],
      });
      expect(deadlines.map((d) => [d.dueDate, d.ownerId])).to.deep.equal([
        ['2032-05-10', officerId],
        ['2032-06-01', leaderId],
      ]);
      expect(locked.body.minutes.actionItems.map((a: any) => a.deadlineId)).to.deep.equal(deadlines.map((d) => d.id));

      // The case officer's action item reminds the case officer, not the centre's leaders.
      const planned = await officer.get(`/api/deadlines/${deadlines[0]!.id}/reminders`);
      const beforeDue = planned.body.items.filter((r: any) => r.step <= 0);
      expect(beforeDue.length).to.be.greaterThan(0);
      expect(new Set(beforeDue.map((r: any) => r.recipient.email))).to.deep.equal(
        new Set(['saksbehandler@helsedir.example']),
      );
      await sweepReminders('2032-05-03'); // a week before 10 May
      const written7 = await Reminder.findAll({ where: { deadlineId: deadlines[0]!.id, step: -7 } });
      expect(written7.map((r) => r.userId)).to.deep.equal([officerId]);
    });

    it("lists the open action items in later meetings' packs, not in earlier ones", async () => {
      const officer = await as('caseOfficer');
      const later = await officer.post('/api/steering-meetings', {
        centre: 'NAPHA',
        year: 2032,
        sequence: 3,
        meetingDate: '2032-10-12',
      });
      const actionSection = async (id: number) => {
        const html = (await officer.get(`/api/steering-meetings/${id}/pack`)).body as string;
        return html.slice(html.indexOf('Åpne oppfølgingspunkter fra tidligere møter'));
      };
      expect(await actionSection(later.body.id))
        .to.include('Sende oversikt over kommunekontakter')
        .and.include('Levere revidert aktivitetsplan');
      // A meeting's own action items are not "from earlier meetings".
      expect(await actionSection(meetingId)).not.to.include('Levere revidert aktivitetsplan');
      const earlier = (await officer.get('/api/steering-meetings?centre=NAPHA&year=2009')).body.items[0];
      expect(await actionSection(earlier.id), 'a 2009 meeting comes before them').to.include(
        'Ingen åpne oppfølgingspunkter.',
      );
    });

    it('cannot change once locked', async () => {
      const officer = await as('caseOfficer');
      await waitForQueueIdle(); // background work settled: only the requests below can change rows
      const before = await rowCounts();
      const change = await officer.put(`/api/steering-meetings/${meetingId}/minutes`, {
        decisions: ['Endret'],
        actionItems: [],
      });
      expect(change.status).to.equal(409);
      expect(change.body.type).to.match(/minutes-locked$/);
      const approve = await (await as('naphaLeader')).post(`/api/steering-meetings/${meetingId}/minutes/approve`);
      expect(approve.status).to.equal(409);
      // Deleting the meeting would take the minutes and their action deadlines with it.
      expect((await officer.delete(`/api/steering-meetings/${meetingId}`)).status).to.equal(409);
      expect(await rowCounts()).to.deep.equal(before);
    });
  });

  describe('calendar feed', () => {
    it("gives each user a private, revocable feed of their own centre's meetings and deadlines", async () => {
      const leader = await as('naphaLeader');
      const made = await leader.post('/api/me/calendar-feed');
      expect(made.status).to.equal(201);
      const path = new URL(made.body.url).pathname;
      const feed = await anonymous().download(path);
      expect(feed.status).to.equal(200);
      const calendar = new ICAL.Component(ICAL.parse(feed.body.toString('utf8')));
      const summaries = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
      expect(summaries.some((s) => s.startsWith('Styringsmøte') && s.includes('NAPHA'))).to.equal(true);
      expect(summaries.some((s) => s.startsWith('Frist:'))).to.equal(true);
      expect(summaries.filter((s) => !s.includes('NAPHA'))).to.deep.equal([]);

      const korus = await as('korusNordLeader');
      const korusFeed = await anonymous().download(
        new URL((await korus.post('/api/me/calendar-feed')).body.url).pathname,
      );
      expect(korusFeed.body.toString('utf8')).not.to.include('NAPHA');

      expect((await leader.get('/api/me/calendar-feed')).body.active).to.equal(true);
      const renewed = await leader.post('/api/me/calendar-feed');
      expect((await anonymous().download(path)).status, 'the old URL stops working').to.equal(404);
      expect((await leader.delete('/api/me/calendar-feed')).status).to.equal(204);
      expect((await anonymous().download(new URL(renewed.body.url).pathname)).status).to.equal(404);
    });
  });
});
