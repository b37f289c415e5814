// A centre user sees only their own centre: another centre's records are 404, lists are filtered.
import { expect } from 'chai';
import { as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';

describe('routes/api: centre users are confined to their centre', () => {
  let naphaLetterId: number;
  let naphaDeadlineId: number;
  let naphaFrameId: number;
  let naphaMeetingId: number;
  let naphaAssignmentId: number;
  let draftLetterId: number;

  before(async () => {
    const officer = await as('caseOfficer');
    const letters = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items;
    naphaLetterId = letters[0].id;
    const letter = (await officer.get(`/api/letters/${naphaLetterId}`)).body;
    naphaDeadlineId = letter.deadlines[0].id;
    naphaFrameId = letter.budgetFrames[0].id;
    naphaMeetingId = letter.steeringMeetings[0].id;
    naphaAssignmentId = letter.assignments[0].id;
    draftLetterId = (await officer.get('/api/letters?status=draft')).body.items[0].id;
  });

  it('gives KORUS-NORD 404 for every NAPHA record', async () => {
    const korus = await as('korusNordLeader');
    for (const path of [
      `/api/letters/${naphaLetterId}`,
      `/api/deadlines/${naphaDeadlineId}`,
      `/api/budget-frames/${naphaFrameId}`,
      `/api/steering-meetings/${naphaMeetingId}`,
      `/api/assignments/${naphaAssignmentId}`,
      '/api/centres/NAPHA',
    ]) {
      const reply = await korus.get(path);
      expect(reply.status, path).to.equal(404);
    }
  });

  it("gives KORUS-NORD 404 for a NAPHA meeting's every part, and writes nothing", async () => {
    const officer = await as('caseOfficer');
    const withItem = await officer.post(`/api/steering-meetings/${naphaMeetingId}/agenda-items`, {
      title: 'Sak fra direktoratet',
    });
    expect(withItem.status, JSON.stringify(withItem.body)).to.equal(201);
    const itemId = withItem.body.agenda.at(-1).id as number;
    const korus = await as('korusNordLeader');
    const before = await rowCounts();
    const requests: [string, string, unknown?][] = [
      ['GET', `/api/steering-meetings/${naphaMeetingId}/pack`],
      ['GET', `/api/steering-meetings/${naphaMeetingId}/pack.pdf`],
      ['GET', `/api/steering-meetings/${naphaMeetingId}/invite.ics`],
      ['GET', `/api/steering-meetings/${naphaMeetingId}/invitable`],
      ['POST', `/api/steering-meetings/${naphaMeetingId}/agenda-items`, { title: 'Fra KORUS' }],
      ['PUT', `/api/steering-meetings/${naphaMeetingId}/minutes`, { decisions: ['x'], actionItems: [] }],
      ['POST', `/api/steering-meetings/${naphaMeetingId}/minutes/approve`],
      ['POST', `/api/steering-meetings/${naphaMeetingId}/cancel`],
      ['PATCH', `/api/agenda-items/${itemId}`, { title: 'Endret' }],
      ['DELETE', `/api/agenda-items/${itemId}`],
    ];
    for (const [method, path, body] of requests) {
      const reply = await korus.request(method, path, body);
      expect(reply.status, `${method} ${path}`).to.equal(404);
    }
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('lets NAPHA read the same records', async () => {
    const napha = await as('naphaLeader');
    expect((await napha.get(`/api/letters/${naphaLetterId}`)).status).to.equal(200);
    expect((await napha.get(`/api/deadlines/${naphaDeadlineId}`)).status).to.equal(200);
    expect((await napha.get('/api/centres/NAPHA')).status).to.equal(200);
  });

  it('shows KORUS-NORD only KORUS-NORD in every list, even when it asks for NAPHA', async () => {
    const korus = await as('korusNordLeader');
    for (const path of [
      '/api/letters',
      '/api/deadlines',
      '/api/budget-frames',
      '/api/steering-meetings',
      '/api/assignments',
    ]) {
      const all = await korus.get(path);
      expect(all.status, path).to.equal(200);
      expect(all.body.items.length, path).to.be.greaterThan(0);
      const codes = new Set(
        all.body.items.map((item: any) => (typeof item.centre === 'string' ? item.centre : item.centre.code)),
      );
      expect([...codes], path).to.deep.equal(['KORUS-NORD']);
      const asked = await korus.get(`${path}?centre=NAPHA`);
      expect(asked.body.items, `${path}?centre=NAPHA`).to.deep.equal([]);
    }
    const centres = await korus.get('/api/centres');
    expect(centres.body.items.map((c: any) => c.code)).to.deep.equal(['KORUS-NORD']);
  });

  it('hides drafts from centre users, even their own', async () => {
    const officer = await as('caseOfficer');
    const draft = (await officer.get(`/api/letters/${draftLetterId}`)).body;
    const leader = draft.centre.code === 'NAPHA' ? await as('naphaLeader') : await as('korusNordLeader');
    expect((await leader.get(`/api/letters/${draftLetterId}`)).status).to.equal(404);
    const statuses = (await leader.get('/api/letters')).body.items.map((l: any) => l.status);
    expect(new Set(statuses)).to.deep.equal(new Set(['issued']));
  });

  it('lets a centre leader write neither budget frames nor letters (403)', async () => {
    const napha = await as('naphaLeader');
    const frame = await napha.post('/api/budget-frames', {
      centre: 'NAPHA',
      year: 2009,
      budgetLine: { chapter: 743, item: 62 },
      amountOre: 100,
    });
    expect(frame.status).to.equal(403);
    expect((await napha.patch(`/api/budget-frames/${naphaFrameId}`, { amountOre: 1 })).status).to.equal(403);
    expect((await napha.post('/api/letters', { centre: 'NAPHA', year: 2031, title: 'Eget brev' })).status).to.equal(
      403,
    );
  });

  it('lets only finance officers write money', async () => {
    for (const role of ['caseOfficer', 'admin', 'approver', 'auditor'] as const) {
      const reply = await (await as(role)).patch(`/api/budget-frames/${naphaFrameId}`, { note: 'endret' });
      expect(reply.status, role).to.equal(403);
    }
    const finance = await as('finance');
    const reply = await finance.patch(`/api/budget-frames/${naphaFrameId}`, {
      note: 'Kontrollert mot statsbudsjettet',
    });
    expect(reply.status).to.equal(200);
  });

  it('keeps users and the audit trail from centre users', async () => {
    const napha = await as('naphaLeader');
    expect((await napha.get('/api/users')).status).to.equal(403);
    expect((await napha.get('/api/audit')).status).to.equal(403);
  });
});
