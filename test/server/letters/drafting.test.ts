// New letters: from last year's letter with carry-overs, or from the template; and joint
// assignments given to several centres at once and followed per centre and in total.
import { expect } from 'chai';
import { as } from '../../support/http.js';
import { rowCounts } from '../../support/counts.js';
import { osloToday } from '../../../server/calendar.js';
import { completeIssuedLetter } from '../../../workflows/tasks/IssueLetterTask.js';

describe('letters: drafting and joint assignments', () => {
  it("starts NAPHA's next letter from this year's, carrying over the open assignments chosen", async () => {
    const officer = await as('caseOfficer');
    // This year's seeded letter, not whatever later letter another test file may have drafted.
    const thisYear = Number(osloToday().slice(0, 4));
    const current = (await officer.get(`/api/letters?centre=NAPHA&kind=main&year=${thisYear}&pageSize=1`)).body
      .items[0];
    const nextYear = current.year + 1;
    const basis = (await officer.get(`/api/letters/draft-basis?centre=NAPHA&year=${nextYear}`)).body;
    expect(basis.previousLetter.id).to.equal(current.id);
    expect(basis.openAssignments.length).to.be.greaterThan(0);
    const chosen = basis.openAssignments[0];

    const created = await officer.post('/api/letters', {
      centre: 'NAPHA',
      year: nextYear,
      title: `Tilskudd og oppdrag for ${nextYear}`,
      startFrom: 'previous_year',
      carryOverAssignmentIds: [chosen.id],
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const previous = (await officer.get(`/api/letters/${current.id}`)).body;
    expect(created.body.priorityAreas.map((p: { title: string }) => p.title)).to.deep.equal(
      previous.priorityAreas.map((p: { title: string }) => p.title),
    );
    expect(created.body.sections.map((s: { heading: string }) => s.heading)).to.deep.equal(
      previous.sections.filter((s: { recurring: boolean }) => s.recurring).map((s: { heading: string }) => s.heading),
    );
    expect(created.body.signatories).to.deep.equal(previous.signatories);
    expect(created.body.assignments).to.have.length(1);
    expect(created.body.assignments[0]).to.include({
      title: chosen.title,
      rank: chosen.rank,
      deadlineToBeAgreed: true,
    });
    expect(created.body.assignments[0].id).not.to.equal(chosen.id);
  });

  it('refuses to carry over an assignment that is not open in the previous letter, writing nothing', async () => {
    const officer = await as('caseOfficer');
    const before = await rowCounts();
    const reply = await officer.post('/api/letters', {
      centre: 'KORUS-NORD',
      year: 2040,
      title: 'Tilskudd 2040',
      startFrom: 'previous_year',
      carryOverAssignmentIds: [999999],
    });
    expect(reply.status).to.equal(400);
    expect(reply.body.errors[0].field).to.equal('body.carryOverAssignmentIds.0');
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('starts a letter from the template with the standard sections', async () => {
    const reply = await (
      await as('caseOfficer')
    ).post('/api/letters', {
      centre: 'SIFER',
      year: 2033,
      title: 'Tilskudd og oppdrag for 2033',
      startFrom: 'template',
    });
    expect(reply.status).to.equal(201);
    expect(reply.body.sections.length).to.be.greaterThan(3);
    // The standard text names its years as placeholders, resolved for the letter's year when shown.
    expect(reply.body.sections[0].body).to.include('{{år}}');
    const html = (await (await as('caseOfficer')).get(`/api/letters/${reply.body.id}/preview`)).body as string;
    expect(html).to.include('tilskudd og oppdrag for 2033').and.include('regnskap for 2032').and.not.include('{{');
  });

  describe('a joint assignment given to five centres', () => {
    const centres = ['RVTS-OST', 'RVTS-SOR', 'RVTS-VEST', 'RVTS-MIDT', 'RVTS-NORD'];
    const year = 2032;
    let joint: any;

    before(async () => {
      const officer = await as('caseOfficer');
      const letters: Record<string, number> = {};
      for (const centre of centres) {
        const reply = await officer.post('/api/letters', {
          centre,
          year,
          title: `Tilskudd ${year}`,
          startFrom: 'template',
        });
        expect(reply.status, JSON.stringify(reply.body)).to.equal(201);
        letters[centre] = reply.body.id;
      }
      // One centre's letter is already issued: its copy must go into a supplement.
      const issuedId = letters['RVTS-NORD']!;
      await officer.post(`/api/letters/${issuedId}/submit`);
      await (await as('approver')).post(`/api/letters/${issuedId}/approve`);
      expect((await officer.post(`/api/letters/${issuedId}/issue`)).body.status).to.equal('issued');
      // Do the issue job's work here, so no background job changes row counts mid-test.
      await completeIssuedLetter(issuedId);
    });

    it('refuses a centre without a letter that year, naming it, and gives nothing to the others', async () => {
      const before = await rowCounts();
      const reply = await (
        await as('caseOfficer')
      ).post('/api/joint-assignments', {
        year,
        title: 'Felles kartlegging',
        rank: 2,
        centres: [...centres, 'NUBU'],
      });
      expect(reply.status).to.equal(400);
      expect(reply.body.errors[0].field).to.equal('body.centres.5');
      expect(reply.body.detail).to.include('NUBU');
      expect(await rowCounts()).to.deep.equal(before);
    });

    it('only lets a case officer give it', async () => {
      const body = { year, title: 'X', rank: 1, centres: centres.slice(0, 2) };
      expect((await (await as('finance')).post('/api/joint-assignments', body)).status).to.equal(403);
      expect((await (await as('naphaLeader')).post('/api/joint-assignments', body)).status).to.equal(403);
    });

    it('appears in each centre’s letter, in a supplement where the letter is issued', async () => {
      const officer = await as('caseOfficer');
      const reply = await officer.post('/api/joint-assignments', {
        year,
        title: 'Felles kompetanseprogram om traumer',
        description: 'Alle RVTS bidrar med hver sin region.',
        rank: 1,
        deadlineDate: `${year}-11-30`,
        centres,
      });
      expect(reply.status, JSON.stringify(reply.body)).to.equal(201);
      joint = reply.body;
      expect(joint.centres.map((c: any) => c.centre.code).sort()).to.deep.equal([...centres].sort());
      for (const copy of joint.centres) {
        const letter = (await officer.get(`/api/letters/${copy.letterId}`)).body;
        expect(letter.assignments.map((a: any) => a.id)).to.include(copy.assignmentId);
        expect(letter.centre.code).to.equal(copy.centre.code);
        expect(letter.kind).to.equal(copy.centre.code === 'RVTS-NORD' ? 'supplement' : 'main');
        expect(letter.status).to.equal('draft');
      }
      expect(joint.progress).to.include({ centres: 5, finished: 0 });
      expect(joint.progress.byStatus.not_started).to.equal(5);
    });

    it('rolls up as the centres progress', async () => {
      const officer = await as('caseOfficer');
      const [a, b, c] = joint.centres;
      await officer.patch(`/api/assignments/${a.assignmentId}`, { status: 'completed' });
      await officer.patch(`/api/assignments/${b.assignmentId}`, { status: 'completed' });
      await officer.patch(`/api/assignments/${c.assignmentId}`, { status: 'in_progress' });
      const now = (await officer.get(`/api/joint-assignments/${joint.id}`)).body;
      expect(now.progress).to.deep.equal({
        centres: 5,
        byStatus: { not_started: 2, in_progress: 1, delivered: 0, completed: 2, cancelled: 0 },
        finished: 2,
        shareFinished: 0.4,
      });
      const listed = (await officer.get(`/api/joint-assignments?year=${year}`)).body.items;
      expect(listed.map((j: any) => j.id)).to.include(joint.id);
      expect((await (await as('naphaLeader')).get(`/api/joint-assignments/${joint.id}`)).status).to.equal(404);
    });
  });
});
