// Writes that succeed: each runs in one transaction and leaves an AuditEvent naming the actor.
import { expect } from 'chai';
import { as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';

async function lastAudit(entityType: string, entityId: number | string) {
  const admin = await as('admin');
  const reply = await admin.get(`/api/audit?entityType=${entityType}&entityId=${entityId}`);
  expect(reply.status).to.equal(200);
  return reply.body.items[0];
}

describe('routes/api: writes', () => {
  it('drafts a letter with ordered parts, edits it, and records both in the audit trail', async () => {
    const officer = await as('caseOfficer');
    const created = await officer.post('/api/letters', {
      centre: 'nkvts',
      year: 2031,
      title: 'Oppdragsbrev 2031',
      sections: [
        { heading: 'Styring', body: 'Første del', recurring: true },
        { heading: 'Rapportering', body: 'Andre del' },
      ],
      priorityAreas: [{ title: 'Kunnskap' }, { title: 'Formidling', description: 'Til kommunene' }],
      signatories: [{ name: 'A. Leder', title: 'divisjonsdirektør', byAuthority: true }],
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body).to.include({ status: 'draft', kind: 'main', year: 2031 });
    expect(created.body.centre.code).to.equal('NKVTS');
    expect(created.body.sections.map((s: any) => s.heading)).to.deep.equal(['Styring', 'Rapportering']);
    expect(created.body.abilities).to.include({
      update: true,
      delete: true,
      submit: true,
      approve: false,
      issue: false,
    });
    const id = created.body.id;

    const created2 = await officer.post('/api/letters', { centre: 'NKVTS', year: 2031, title: 'Ett til' });
    expect(created2.status).to.equal(409);

    const patched = await officer.patch(`/api/letters/${id}`, {
      sections: [
        { heading: 'Rapportering', body: 'Andre del' },
        { heading: 'Styring', body: 'Første del' },
      ],
    });
    expect(patched.status).to.equal(200);
    expect(patched.body.sections.map((s: any) => s.heading)).to.deep.equal(['Rapportering', 'Styring']);
    expect(patched.body.priorityAreas).to.have.length(2);

    const audit = await lastAudit('GrantLetter', id);
    expect(audit.action).to.equal('update');
    expect(audit.actor.email).to.equal('saksbehandler@helsedir.example');
    expect(audit.before.sections[0].heading).to.equal('Styring');
    expect(audit.after.sections[0].heading).to.equal('Rapportering');

    const supplement = await officer.post('/api/letters', {
      centre: 'NKVTS',
      year: 2031,
      kind: 'supplement',
      parentId: id,
      title: 'Tilleggsbrev',
    });
    expect(supplement.status).to.equal(201);
    expect((await officer.delete(`/api/letters/${id}`)).status).to.equal(409);
    expect((await officer.delete(`/api/letters/${supplement.body.id}`)).status).to.equal(204);
    expect((await officer.delete(`/api/letters/${id}`)).status).to.equal(204);
    expect((await officer.get(`/api/letters/${id}`)).status).to.equal(404);
    expect((await lastAudit('GrantLetter', id)).action).to.equal('delete');
  });

  it('refuses every change to an issued letter with 409 and writes nothing', async () => {
    const officer = await as('caseOfficer');
    const issued = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0];
    const letter = (await officer.get(`/api/letters/${issued.id}`)).body;
    expect(letter.abilities).to.include({ update: false, delete: false, issue: false, accept: false });
    const before = await rowCounts();
    expect((await officer.patch(`/api/letters/${issued.id}`, { title: 'Ny tittel' })).status).to.equal(409);
    expect((await officer.delete(`/api/letters/${issued.id}`)).status).to.equal(409);
    expect((await officer.post('/api/assignments', { letterId: issued.id, rank: 6, title: 'Nytt' })).status).to.equal(
      409,
    );
    expect((await officer.patch(`/api/assignments/${letter.assignments[0].id}`, { title: 'Endret' })).status).to.equal(
      409,
    );
    expect((await officer.delete(`/api/assignments/${letter.assignments[0].id}`)).status).to.equal(409);
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('still lets an issued letter’s assignment move on in status', async () => {
    const officer = await as('caseOfficer');
    const issued = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0];
    const assignment = (await officer.get(`/api/letters/${issued.id}`)).body.assignments[3];
    const reply = await officer.patch(`/api/assignments/${assignment.id}`, { status: 'completed' });
    expect(reply.status).to.equal(200);
    expect(reply.body.status).to.equal('completed');
    expect((await lastAudit('Assignment', assignment.id)).before.status).to.equal(assignment.status);
  });

  it('adds assignments with tied ranks to a draft and lists them by rank', async () => {
    const officer = await as('caseOfficer');
    const draft = await officer.post('/api/letters', { centre: 'SANKS', year: 2031, title: 'Utkast' });
    const add = (rank: number, title: string, extra = {}) =>
      officer.post('/api/assignments', { letterId: draft.body.id, rank, title, ...extra });
    expect((await add(2, 'Tredje')).status).to.equal(201);
    expect((await add(1, 'Første', { deadlineToBeAgreed: true })).status).to.equal(201);
    expect((await add(1, 'Andre', { deadlineDate: '2031-06-01' })).status).to.equal(201);
    const list = await officer.get(`/api/assignments?letterId=${draft.body.id}`);
    expect(list.body.items.map((a: any) => [a.rank, a.title])).to.deep.equal([
      [1, 'Første'],
      [1, 'Andre'],
      [2, 'Tredje'],
    ]);
    expect(list.body.items[0]).to.include({
      centre: 'SANKS',
      year: 2031,
      deadlineToBeAgreed: true,
      deadlineDate: null,
    });
  });

  it('lets finance set a frame in øre, exactly, and refuses a second frame on the same line', async () => {
    const finance = await as('finance');
    // The newest year with the demo's kap. 743 post 62 (other files add years with lines of their own).
    const lines = (await finance.get('/api/budget-lines?chapter=743&pageSize=200')).body.items;
    const year = lines.find((line: { item: number }) => line.item === 62).year as number;
    const body = { centre: 'NSSF', year, budgetLine: { chapter: 743, item: 62 }, amountOre: 123_456_789_01 };
    const created = await finance.post('/api/budget-frames', body);
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body.amountOre).to.equal(123_456_789_01);
    expect(created.body.budgetLine).to.include({ chapter: 743, item: 62, year });
    expect((await finance.post('/api/budget-frames', body)).status).to.equal(409);
    const audit = await lastAudit('BudgetFrame', created.body.id);
    expect(audit).to.include({ action: 'create' });
    expect(audit.actor.email).to.equal('okonomi@helsedir.example');
    expect(audit.after.amountOre).to.equal(123_456_789_01);
  });

  it('plans a steering meeting and moves a deadline, filtering by kind and status', async () => {
    const officer = await as('caseOfficer');
    const meeting = await officer.post('/api/steering-meetings', {
      centre: 'NSSF',
      year: 2031,
      sequence: 1,
      plannedMonth: 4,
    });
    expect(meeting.status).to.equal(201);
    expect(meeting.body).to.include({ status: 'planned', plannedMonth: 4 });
    const deadline = await officer.post('/api/deadlines', {
      centre: 'NSSF',
      year: 2031,
      kind: 'meeting',
      title: 'Saker til styringsmøtet',
      dueDate: '2031-03-20',
      steeringMeetingId: meeting.body.id,
    });
    expect(deadline.status).to.equal(201);
    const moved = await officer.patch(`/api/deadlines/${deadline.body.id}`, { dueDate: '2031-03-24' });
    expect(moved.body.dueDate).to.equal('2031-03-24');
    const listed = await officer.get('/api/deadlines?centre=NSSF&year=2031&kind=meeting&status=upcoming');
    expect(listed.body.items.map((d: any) => d.id)).to.deep.equal([deadline.body.id]);
    const audit = await lastAudit('Deadline', deadline.body.id);
    expect([audit.before.dueDate, audit.after.dueDate]).to.deep.equal(['2031-03-20', '2031-03-24']);
  });

  it('refuses links to another centre’s records', async () => {
    const officer = await as('caseOfficer');
    const napha = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0];
    const reply = await officer.post('/api/deadlines', {
      centre: 'NSSF',
      year: 2031,
      kind: 'custom',
      title: 'Feil kobling',
      dueDate: '2031-05-01',
      letterId: napha.id,
    });
    expect(reply.status).to.equal(400);
    expect(reply.body.errors[0].field).to.equal('body.letterId');
  });

  it('lets the admin create a centre user, who can then log in and see only that centre', async () => {
    const admin = await as('admin');
    const created = await admin.post('/api/users', {
      email: 'Stab@NSSF.example',
      name: 'Stab NSSF',
      roles: ['centre_staff'],
      centre: 'NSSF',
      password: 'et passord som er langt nok',
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body).to.include({ email: 'stab@nssf.example', centre: 'NSSF' });
    expect((await lastAudit('User', created.body.id)).after).not.to.have.property('passwordHash');
  });

  it('paginates lists', async () => {
    const officer = await as('caseOfficer');
    const first = await officer.get('/api/centres?pageSize=5');
    const second = await officer.get('/api/centres?pageSize=5&page=2');
    expect(first.body.items).to.have.length(5);
    expect(first.body.total).to.be.greaterThan(10);
    expect(second.body.items[0].code > first.body.items[4].code).to.equal(true);
  });
});
