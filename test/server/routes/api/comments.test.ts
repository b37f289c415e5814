// The steering dialogue's threads: both sides write on the centre's letter, assignment, deadline
// and agenda item; an internal note never reaches a centre user (thread, mentions, notices,
// e-mails); the author edits for 15 minutes and deletes to a tombstone; each change is audited.
import { expect } from 'chai';
import { Op } from 'sequelize';
import {
  AgendaItem,
  Assignment,
  AuditEvent,
  Comment,
  Notification,
  OutboxEmail,
} from '../../../../server/models/index.js';
import type { Centre, User } from '../../../../server/models/index.js';
import { COMMENT_EDIT_WINDOW_MS } from '../../../../server/models/Comment.js';
import {
  loginAs,
  thisYear,
  makeCentre,
  makeDeadline,
  makeLetter,
  makeMeeting,
  makeUser,
} from '../../../support/factories.js';
import type { Client } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';

describe('routes/api: comment threads and internal notes', () => {
  let centre: Centre;
  let officer: User;
  let leader: User;
  let stranger: User;
  let officerClient: Client;
  let leaderClient: Client;
  let strangerClient: Client;
  let letterId: number;
  let assignmentId: number;

  before(async () => {
    centre = await makeCentre();
    officer = await makeUser('case_officer', { name: 'Saksbehandler Kari' });
    leader = await makeUser('centre_leader', { centre, name: 'Senterleder Per' });
    stranger = await makeUser('centre_leader', { name: 'Annen leder' });
    officerClient = await loginAs(officer);
    leaderClient = await loginAs(leader);
    strangerClient = await loginAs(stranger);
    const letter = await makeLetter({ centre, status: 'issued', assignments: 1 });
    letterId = letter.id;
    assignmentId = (await Assignment.findOne({ where: { letterId } }))!.id;
  });

  const thread = (client: Client, subjectType: string, subjectId: number) =>
    client.get(`/api/comments?subjectType=${subjectType}&subjectId=${subjectId}`);

  it('lets both sides write on the letter; the centre never sees the internal note, not even by asking for it', async () => {
    const note = await officerClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: letterId,
      body: 'Internt: budsjettet ser stramt ut',
      internal: true,
    });
    expect(note.status, JSON.stringify(note.body)).to.equal(201);
    const open = await officerClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: letterId,
      body: 'Hei Per, se punkt 3.',
      mentionUserIds: [leader.id],
    });
    expect(open.status, JSON.stringify(open.body)).to.equal(201);
    expect(open.body.mentioned).to.deep.equal([{ id: leader.id, name: 'Senterleder Per' }]);
    const reply = await leaderClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: letterId,
      body: 'Takk!',
    });
    expect(reply.status).to.equal(201);
    expect(reply.body.author).to.include({ name: 'Senterleder Per', side: 'centre' });

    const seenByCentre = await thread(leaderClient, 'letter', letterId);
    expect(seenByCentre.status).to.equal(200);
    expect(seenByCentre.body.items.map((c: { body: string }) => c.body)).to.deep.equal([
      'Hei Per, se punkt 3.',
      'Takk!',
    ]);
    expect(JSON.stringify(seenByCentre.body)).not.to.contain('budsjettet');
    expect(seenByCentre.body.abilities).to.deep.equal({ comment: true, commentInternally: false });
    const seenByOfficer = await thread(officerClient, 'letter', letterId);
    expect(seenByOfficer.body.abilities).to.deep.equal({ comment: true, commentInternally: true });
    expect(seenByOfficer.body.items.map((c: { internal: boolean }) => c.internal)).to.deep.equal([true, false, false]);

    // The note itself, asked for by id through every route that takes one: 404, as if absent.
    const noteId = note.body.id as number;
    expect((await leaderClient.patch(`/api/comments/${noteId}`, { body: 'x' })).status).to.equal(404);
    expect((await leaderClient.delete(`/api/comments/${noteId}`)).status).to.equal(404);
  });

  it('refuses a centre user an internal note, and naming a centre user in one, writing nothing', async () => {
    const before = await rowCounts();
    const fromCentre = await leaderClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: letterId,
      body: 'Prøver internt',
      internal: true,
    });
    expect(fromCentre.status).to.equal(403);
    const naming = await officerClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: letterId,
      body: 'Internt om Per',
      internal: true,
      mentionUserIds: [leader.id],
    });
    expect(naming.status).to.equal(400);
    expect(JSON.stringify(naming.body)).to.contain(
      'Senterleder Per belongs to the centre and cannot read an internal note',
    );
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('gives another centre 404 for every thread and write, and lists nothing of this centre', async () => {
    const before = await rowCounts();
    for (const [type, id] of [
      ['letter', letterId],
      ['assignment', assignmentId],
    ] as const) {
      expect((await thread(strangerClient, type, id)).status, type).to.equal(404);
      expect(
        (await strangerClient.post('/api/comments', { subjectType: type, subjectId: id, body: 'Hei' })).status,
      ).to.equal(404);
    }
    const someComment = await Comment.findOne({ where: { centreId: centre.id, internal: false } });
    expect((await strangerClient.patch(`/api/comments/${someComment!.id}`, { body: 'x' })).status).to.equal(404);
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('hides the thread of a draft from its centre', async () => {
    const draft = await makeLetter({ centre, status: 'draft', year: thisYear() + 1 });
    const written = await officerClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: draft.id,
      body: 'Utkast',
    });
    expect(written.status).to.equal(201);
    expect((await thread(leaderClient, 'letter', draft.id)).status).to.equal(404);
    // Nor can the centre leader be named there: they could not follow the link.
    const naming = await officerClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: draft.id,
      body: 'Per?',
      mentionUserIds: [leader.id],
    });
    expect(naming.status).to.equal(400);
  });

  it('tells the named person through the outbox once, and a later edit tells only the newly named', async () => {
    const colleague = await makeUser('approver', { name: 'Godkjenner Liv' });
    const written = await officerClient.post('/api/comments', {
      subjectType: 'assignment',
      subjectId: assignmentId,
      body: 'Status på oppdraget?',
      mentionUserIds: [leader.id],
    });
    expect(written.status).to.equal(201);
    const id = written.body.id as number;
    const edited = await officerClient.patch(`/api/comments/${id}`, {
      body: 'Status på oppdraget, og Liv bør se dette.',
      mentionUserIds: [leader.id, colleague.id],
    });
    expect(edited.status, JSON.stringify(edited.body)).to.equal(200);
    expect(edited.body.editedAt).to.be.a('string');
    const notices = await Notification.findAll({ where: { dedupeKey: { [Op.like]: `comment_mention:${id}:%` } } });
    expect(notices.map((n) => n.userId).sort()).to.deep.equal([leader.id, colleague.id].sort());
    const leaderNotice = notices.find((n) => n.userId === leader.id)!;
    expect(leaderNotice.link).to.equal(`/letters/${letterId}#oppdrag-${assignmentId}`);
    const emails = await OutboxEmail.findAll({ where: { id: { [Op.in]: notices.map((n) => n.outboxEmailId!) } } });
    expect(emails.map((e) => e.toUserId).sort()).to.deep.equal([leader.id, colleague.id].sort());
    expect(emails.find((e) => e.toUserId === leader.id)!.textBody).to.contain('Status på oppdraget?');
  });

  it('tells directorate people named in an internal note, and no centre user ever gets its words', async () => {
    const colleague = await makeUser('finance', { name: 'Økonomi Ola' });
    const note = await officerClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: letterId,
      body: 'Hemmelig vurdering av regnskapet',
      internal: true,
      mentionUserIds: [colleague.id],
    });
    expect(note.status).to.equal(201);
    const tasks = await leaderClient.get('/api/me/tasks');
    expect(JSON.stringify(tasks.body)).not.to.contain('Hemmelig');
    const centreEmails = await OutboxEmail.findAll({ where: { toUserId: leader.id } });
    for (const email of centreEmails) expect(email.textBody).not.to.contain('Hemmelig');
    expect(await OutboxEmail.count({ where: { toUserId: colleague.id, kind: 'comment_mention' } })).to.equal(1);
  });

  it('lets the author edit within 15 minutes only, and no one else ever', async () => {
    const written = await leaderClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: letterId,
      body: 'Første utkast',
    });
    const id = written.body.id as number;
    expect(written.body.abilities).to.deep.equal({ update: true, delete: true });
    expect((await officerClient.patch(`/api/comments/${id}`, { body: 'Endret av andre' })).status).to.equal(403);
    // The window passes: the comment was written 16 minutes ago.
    await Comment.update({ createdAt: new Date(Date.now() - COMMENT_EDIT_WINDOW_MS - 60_000) }, { where: { id } });
    const before = await rowCounts();
    const late = await leaderClient.patch(`/api/comments/${id}`, { body: 'For sent' });
    expect(late.status).to.equal(409);
    expect(late.body.type).to.match(/comment-edit-closed$/);
    expect(late.body.detail).to.contain('for 15 minutes');
    expect(await rowCounts()).to.deep.equal(before);
    const listed = (await thread(leaderClient, 'letter', letterId)).body.items.find((c: { id: number }) => c.id === id);
    expect(listed.abilities).to.deep.equal({ update: false, delete: true });
  });

  it('deletes to a tombstone that keeps its place, once, with the text kept in the audit trail only', async () => {
    const written = await leaderClient.post('/api/comments', {
      subjectType: 'letter',
      subjectId: letterId,
      body: 'Feil tråd',
    });
    const id = written.body.id as number;
    const deleted = await leaderClient.delete(`/api/comments/${id}`);
    expect(deleted.status).to.equal(200);
    expect(deleted.body).to.include({ body: null, id });
    expect(deleted.body.deletedAt).to.be.a('string');
    expect((await leaderClient.delete(`/api/comments/${id}`)).status).to.equal(403);
    const listed = (await thread(officerClient, 'letter', letterId)).body.items.find(
      (c: { id: number }) => c.id === id,
    );
    expect(listed.body).to.equal(null);
    const trail = await AuditEvent.findAll({
      where: { entityType: 'Comment', entityId: String(id) },
      order: [['id', 'ASC']],
    });
    expect(trail.map((event) => event.action)).to.deep.equal(['create', 'delete']);
    expect(JSON.stringify(trail[1]!.beforeData)).to.contain('Feil tråd');
    expect(trail[1]!.centreId).to.equal(centre.id);
  });

  it('has threads on a deadline and an agenda item of the centre, and offers only who may follow', async () => {
    const deadline = await makeDeadline({ centre });
    const meeting = await makeMeeting({ centre });
    const item = await AgendaItem.create({
      steeringMeetingId: meeting.id,
      position: 1,
      title: 'Sak 1',
      description: null,
      proposedById: null,
      side: 'directorate',
    });
    for (const [type, id] of [
      ['deadline', deadline.id],
      ['agenda_item', item.id],
    ] as const) {
      const written = await leaderClient.post('/api/comments', {
        subjectType: type,
        subjectId: id,
        body: `Om ${type}`,
      });
      expect(written.status, type).to.equal(201);
      expect((await thread(officerClient, type, id)).body.items).to.have.length(1);
    }
    const people = await officerClient.get(`/api/comments/mentionable?subjectType=deadline&subjectId=${deadline.id}`);
    expect(people.status).to.equal(200);
    const ids = people.body.items.map((p: { id: number }) => p.id);
    expect(ids).to.include(leader.id).and.to.include(officer.id).and.not.to.include(stranger.id);
    expect((await thread(officerClient, 'deadline', 999_999)).status).to.equal(404);
  });
});
