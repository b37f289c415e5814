// The demo's steering dialogue: NAPHA's handed-in report on last year and this year's letter carry
// threads; the NAPHA leader reads them without the directorate's internal note.
import { expect } from 'chai';
import { Op } from 'sequelize';
import { as } from '../support/http.js';
import { Centre, Deadline } from '../../server/models/index.js';
import { osloToday } from '../../server/calendar.js';

describe('seeders: a short dialogue on NAPHA’s letters', () => {
  const year = Number(osloToday().slice(0, 4));

  it('has a thread on the report on last year, whose internal note the NAPHA leader never sees', async () => {
    const napha = await Centre.findOne({ where: { code: 'NAPHA' } });
    const report = await Deadline.findOne({
      where: { centreId: napha!.id, kind: 'report', periodYear: year - 1, status: { [Op.ne]: 'upcoming' } },
    });
    expect(report, 'the report on last year, handed in').to.not.equal(null);
    const path = `/api/comments?subjectType=deadline&subjectId=${report!.id}`;
    const officer = (await (await as('caseOfficer')).get(path)).body.items;
    const leader = (await (await as('naphaLeader')).get(path)).body.items;
    expect(officer.map((c: { internal: boolean }) => c.internal)).to.deep.equal([false, false, true]);
    expect(leader).to.deep.equal(
      officer.filter((c: { internal: boolean }) => !c.internal).map(withoutAbilities(leader)),
    );
    for (const comment of [...officer, ...leader]) expect(Date.parse(comment.createdAt)).to.be.at.most(Date.now());
  });

  it('has NAPHA’s structured report on last year, submitted and assessed, the assessments the directorate’s own', async () => {
    const napha = await Centre.findOne({ where: { code: 'NAPHA' } });
    const report = await Deadline.findOne({
      where: { centreId: napha!.id, kind: 'report', periodYear: year - 1, status: 'submitted' },
    });
    expect(report, 'the report on last year, handed in').to.not.equal(null);
    const officer = (await (await as('caseOfficer')).get(`/api/deadlines/${report!.id}/report`)).body;
    expect(officer).to.include({ status: 'submitted', version: 1 });
    expect(officer.basis.assignments.length).to.be.greaterThan(0);
    expect(officer.content.assignments.map((a: { status: string | null }) => a.status)).to.not.include(null);
    expect(officer.content.assignments).to.have.length(officer.basis.assignments.length);
    expect(officer.assessments.some((a: { assignmentId: number | null }) => a.assignmentId === null)).to.equal(true);
    expect(officer.abilities.assess).to.equal(true);
    const leader = (await (await as('naphaLeader')).get(`/api/deadlines/${report!.id}/report`)).body;
    expect(leader.assessments).to.deep.equal([]);
    expect(leader.content).to.deep.equal(officer.content);
  });

  it('has a thread on this year’s letter, the leader asking and the case officer answering', async () => {
    const letters = (await (await as('naphaLeader')).get(`/api/letters?centre=NAPHA&year=${year}`)).body.items;
    const letter = letters.find((l: { kind: string; status: string }) => l.kind === 'main' && l.status === 'issued');
    const thread = (await (await as('naphaLeader')).get(`/api/comments?subjectType=letter&subjectId=${letter.id}`)).body
      .items;
    expect(thread.map((c: { author: { side: string } }) => c.author.side)).to.deep.equal(['centre', 'directorate']);
  });
});

/** The officer's view of a comment with the leader's abilities, to compare the two views as a whole. */
const withoutAbilities =
  (leaderView: { id: number; abilities: unknown }[]) => (comment: { id: number; abilities: unknown }) => ({
    ...comment,
    abilities: leaderView.find((c) => c.id === comment.id)?.abilities,
  });
