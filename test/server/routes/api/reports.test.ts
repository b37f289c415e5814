// Structured reports: the centre writes its report on the letter's assignments (autosaved), and
// submits it as the hand-in; the case officer returns it with a comment, the centre resubmits, each
// submission kept as a version; assessments stay hidden from the centre until acceptance, are
// never changed, and a correction after acceptance supersedes. Another centre reads nothing.
import { expect } from 'chai';
import { AnnualReport, AuditEvent, Deadline, PriorityArea, ReportAssessment } from '../../../../server/models/index.js';
import type { Centre, GrantLetter } from '../../../../server/models/index.js';
import { loginAs, makeCentre, makeDeadline, makeLetter, makeMeeting, makeUser } from '../../../support/factories.js';
import type { Client } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { testYears } from '../../../support/testYears.js';
import { centreWithReportDeadline, handInReportAsFile, makeReportDeadline } from '../../../support/reports.js';

describe('routes/api: structured reports and their assessment', () => {
  const year = testYears.reports;
  let centre: Centre;
  let letter: GrantLetter;
  let deadline: Deadline;
  let leader: Client;
  let officer: Client;
  let stranger: Client;
  let assignmentIds: number[];
  let areaId: number;
  const path = () => `/api/deadlines/${deadline.id}/report`;

  before(async () => {
    centre = await makeCentre();
    letter = await makeLetter({ centre, year, status: 'issued', assignments: 2 });
    areaId = (await PriorityArea.create({ letterId: letter.id, position: 1, title: 'Recovery', description: null })).id;
    deadline = await makeReportDeadline(centre, year);
    leader = await loginAs(await makeUser('centre_leader', { centre }));
    officer = await loginAs(await makeUser('case_officer'));
    stranger = await loginAs(await makeUser('centre_leader'));
    const read = await leader.get(path());
    assignmentIds = read.body.basis.assignments.map((a: { id: number }) => a.id);
  });

  const content = (done: string, statuses: (string | null)[] = ['in_progress', 'completed']) => ({
    summary: 'Et godt år.',
    assignments: assignmentIds.map((assignmentId, i) => ({
      assignmentId,
      status: statuses[i] ?? null,
      done,
      results: 'Resultater',
      deviations: '',
      nextSteps: 'Videre',
    })),
    priorityAreas: [{ priorityAreaId: areaId, narrative: 'Om recovery' }],
    activities: [
      { channel: 'course', count: 12, participants: 340 },
      { channel: 'elearning', count: 3, participants: null },
    ],
  });
  /** The HTML meeting pack of the centre's meeting in the year the report is handed in. */
  const packSeenBy = async (client: Client) => {
    meetingId ??= (await makeMeeting({ centre, year: year + 1 })).id;
    const reply = await client.get(`/api/steering-meetings/${meetingId}/pack`);
    expect(reply.status).to.equal(200);
    return reply.body as string;
  };
  let meetingId: number | undefined;
  const submit = (client: Client, comment = 'Rapporten') => {
    const form = new FormData();
    form.append('comment', comment);
    return client.postForm(`${path()}/submit`, form);
  };

  it('starts as a draft on the letter of the year reported on, for the centre to write', async () => {
    const read = await leader.get(path());
    expect(read.status, JSON.stringify(read.body)).to.equal(200);
    expect(read.body).to.include({ id: null, status: 'draft', version: 0 });
    expect(read.body.letter.id).to.equal(letter.id);
    expect(read.body.year).to.equal(year);
    expect(read.body.basis.assignments.map((a: { title: string }) => a.title)).to.deep.equal([
      'Oppdrag 1',
      'Oppdrag 2',
    ]);
    expect(read.body.basis.priorityAreas).to.deep.equal([{ id: areaId, title: 'Recovery' }]);
    expect(read.body.abilities).to.deep.equal({ update: true, submit: true, assess: false, readAssessments: false });
    expect((await officer.get(path())).body.abilities).to.include({ update: false, assess: false });
    expect((await stranger.get(path())).status).to.equal(404);
    // A deadline of another kind has no report.
    const plan = await makeDeadline({ centre, kind: 'plan' });
    expect((await leader.get(`/api/deadlines/${plan.id}/report`)).status).to.equal(404);
  });

  it('reports on a year without a letter here with its summary and figures only, never on another year’s letter', async () => {
    // The centre's letter of the year after exists; the year reported on has none.
    const later = await makeLetter({ centre, year: year + 1, status: 'issued', assignments: 1 });
    const first = await makeDeadline({ centre, kind: 'report', year: year + 1, dueDate: `${year + 1}-08-02` });
    await first.update({ periodYear: year - 1, letterId: later.id });
    const read = await leader.get(`/api/deadlines/${first.id}/report`);
    expect(read.status, JSON.stringify(read.body)).to.equal(200);
    expect(read.body).to.include({ year: year - 1, letter: null });
    expect(read.body.basis).to.deep.equal({ assignments: [], priorityAreas: [] });
    const saved = await leader.put(`/api/deadlines/${first.id}/report`, {
      content: { summary: 'Første år i systemet.', activities: [{ channel: 'web', count: 3, participants: null }] },
    });
    expect(saved.status, JSON.stringify(saved.body)).to.equal(200);
    expect(saved.body).to.include({ year: year - 1, letter: null });
  });

  it('saves the draft for the centre only, and refuses what is not the letter’s, writing nothing', async () => {
    const saved = await leader.put(path(), { content: content('Første utkast', [null, null]) });
    expect(saved.status, JSON.stringify(saved.body)).to.equal(200);
    expect(saved.body.content.assignments[0].done).to.equal('Første utkast');
    expect(saved.body.savedAt).to.be.a('string');
    const before = await rowCounts();
    expect((await officer.put(path(), { content: content('x') })).status).to.equal(403);
    expect((await stranger.put(path(), { content: content('x') })).status).to.equal(404);
    const foreign = await leader.put(path(), {
      content: { ...content('x'), assignments: [{ assignmentId: 999_999, status: null }] },
    });
    expect(foreign.status).to.equal(400);
    expect(foreign.body.errors[0].field).to.equal('body.content.assignments.0.assignmentId');
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('refuses a submission while an assignment has no status, naming it, and writes nothing', async () => {
    const before = await rowCounts();
    const reply = await submit(leader);
    expect(reply.status).to.equal(400);
    expect(reply.body.detail).to.include('Oppdrag 1').and.include('Oppdrag 2');
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('submits as the hand-in: version 1, the deadline submitted, audited; no more changes', async () => {
    await leader.put(path(), { content: content('Første versjon') });
    const reply = await submit(leader);
    expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
    expect(reply.body).to.include({ status: 'submitted', version: 1 });
    expect(reply.body.versions.map((v: { version: number }) => v.version)).to.deep.equal([1]);
    expect((await Deadline.findByPk(deadline.id))!.status).to.equal('submitted');
    const report = await AnnualReport.findOne({ where: { deadlineId: deadline.id } });
    expect(await AuditEvent.count({ where: { action: 'submit_report', entityId: String(report!.id) } })).to.equal(1);
    expect((await leader.put(path(), { content: content('Etterpå') })).status).to.equal(403);
    expect((await submit(leader)).status).to.equal(403);
  });

  it('keeps assessments from the centre before acceptance, and accepting needs the whole-report assessment', async () => {
    const assessed = await officer.post(`${path()}/assessments`, {
      assignmentId: assignmentIds[0],
      achievement: 'partly_achieved',
      justification: 'Delvis nådd: to av tre tiltak gjennomført.',
    });
    expect(assessed.status, JSON.stringify(assessed.body)).to.equal(201);
    expect(assessed.body.assessments).to.have.length(1);
    const seen = await leader.get(path());
    expect(seen.body.assessments).to.deep.equal([]);
    expect(JSON.stringify(seen.body)).not.to.contain('to av tre tiltak');
    // Nor in the meeting pack, which goes to the centre's participants too.
    const pack = await packSeenBy(leader);
    expect(pack).to.contain('Et godt år.').and.contain('Vurderingen er ikke ferdig');
    expect(pack).not.to.contain('to av tre tiltak');
    expect(
      (await leader.post(`${path()}/assessments`, { assignmentId: null, achievement: 'achieved', justification: 'x' }))
        .status,
    ).to.equal(403);
    const before = await rowCounts();
    const accept = await officer.post(`/api/deadlines/${deadline.id}/review`, { decision: 'accept' });
    expect(accept.status).to.equal(409);
    expect(accept.body.detail).to.include('as a whole');
    const noMoney = await officer.post(`${path()}/assessments`, {
      assignmentId: null,
      achievement: 'achieved',
      justification: 'Godt',
    });
    expect(noMoney.status).to.equal(400);
    expect(noMoney.body.errors[0].field).to.equal('body.moneyControl');
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('returns with a comment the centre sees; the resubmission is version 2, and both versions stay readable', async () => {
    const returned = await officer.post(`/api/deadlines/${deadline.id}/review`, {
      decision: 'return',
      comment: 'Utdyp resultatene for oppdrag 1.',
    });
    expect(returned.status, JSON.stringify(returned.body)).to.equal(200);
    const reopened = await leader.get(path());
    expect(reopened.body).to.include({ status: 'returned', version: 1 });
    expect(reopened.body.versions[0].returnComment).to.equal('Utdyp resultatene for oppdrag 1.');
    expect(reopened.body.abilities.update).to.equal(true);
    await leader.put(path(), { content: content('Andre versjon, med resultater') });
    const again = await submit(leader, 'Ny versjon');
    expect(again.status, JSON.stringify(again.body)).to.equal(200);
    expect(again.body).to.include({ status: 'submitted', version: 2 });
    const first = await officer.get(`${path()}/versions/1`);
    const second = await officer.get(`${path()}/versions/2`);
    expect(first.body.content.assignments[0].done).to.equal('Første versjon');
    expect(second.body.content.assignments[0].done).to.equal('Andre versjon, med resultater');
    expect((await stranger.get(`${path()}/versions/1`)).status).to.equal(404);
    expect((await officer.get(`${path()}/versions/3`)).status).to.equal(404);
  });

  it('accepts once assessed as a whole; the centre then reads every assessment, and a correction supersedes', async () => {
    const whole = await officer.post(`${path()}/assessments`, {
      assignmentId: null,
      achievement: 'achieved',
      justification: 'Målene for året er nådd.',
      moneyControl: 'Regnskapet viser forbruk innenfor rammen; avvik forklart.',
    });
    expect(whole.status, JSON.stringify(whole.body)).to.equal(201);
    const accepted = await officer.post(`/api/deadlines/${deadline.id}/review`, { decision: 'accept' });
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(200);
    const seen = await leader.get(path());
    expect(seen.body.status).to.equal('accepted');
    expect(seen.body.assessments.map((a: { achievement: string }) => a.achievement)).to.deep.equal([
      'partly_achieved',
      'achieved',
    ]);
    const correction = await officer.post(`${path()}/assessments`, {
      assignmentId: assignmentIds[0],
      achievement: 'achieved',
      justification: 'Rettet: det tredje tiltaket ble gjennomført i desember.',
    });
    expect(correction.status).to.equal(201);
    const rows = await ReportAssessment.findAll({ where: { assignmentId: assignmentIds[0] }, order: [['id', 'ASC']] });
    expect(rows).to.have.length(2);
    expect(rows[1]!.supersedesId).to.equal(rows[0]!.id);
    expect(rows[0]!.justification).to.equal('Delvis nådd: to av tre tiltak gjennomført.');
    const after = (await leader.get(path())).body.assessments;
    expect(after.filter((a: { current: boolean }) => a.current).map((a: { id: number }) => a.id)).to.have.members([
      rows[1]!.id,
      whole.body.assessments.find((a: { assignmentId: number | null }) => a.assignmentId === null).id,
    ]);
    expect((await leader.put(path(), { content: content('Etter godkjenning') })).status).to.equal(403);
    const pack = await packSeenBy(leader);
    expect(pack).to.contain(`Rapport for ${year}, versjon 2`).and.contain('Rapporten som helhet');
    expect(pack).to.contain('Rettet: det tredje tiltaket').and.not.contain('Delvis nådd: to av tre');
    expect(pack).to.contain('Regnskapet viser forbruk innenfor rammen');
    // The assignment's history across the years carries what this year's report said of it.
    const detail = await leader.get(`/api/assignments/${assignmentIds[0]}`);
    expect(detail.body.history).to.deep.include({
      year,
      letterId: letter.id,
      assignmentId: assignmentIds[0],
      status: 'not_started',
      reportedStatus: 'in_progress',
      achievement: 'achieved',
    });
  });
});

describe('routes/api: a report deadline already met by files alone', () => {
  it('leaves the structured report read-only for the centre and refuses a draft, naming why, writing nothing', async () => {
    const { deadline, leader } = await centreWithReportDeadline(testYears.reports);
    const path = `/api/deadlines/${deadline.id}/report`;
    expect((await leader.get(path)).body.abilities).to.include({ update: true, submit: true });

    await handInReportAsFile(leader, deadline.id);

    const read = await leader.get(path);
    expect(read.body.abilities).to.include({ update: false, submit: false });
    const before = await rowCounts();
    const saved = await leader.put(path, {
      content: { summary: 'For sent.', assignments: [], priorityAreas: [], activities: [] },
    });
    expect(saved.status, JSON.stringify(saved.body)).to.equal(403);
    expect(saved.body.detail).to.equal(
      'The report deadline has been submitted, so the report cannot be changed or submitted now.',
    );
    const form = new FormData();
    form.append('comment', 'Rapporten');
    const submitted = await leader.postForm(`${path}/submit`, form);
    expect(submitted.status).to.equal(403);
    expect(await rowCounts()).to.deep.equal(before);
    expect(await AnnualReport.count({ where: { deadlineId: deadline.id } })).to.equal(0);
  });
});
