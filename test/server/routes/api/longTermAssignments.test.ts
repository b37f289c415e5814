// Long-term assignments: one assignment over several letters. Created with its years on a letter,
// carried by itself into the centre's next letter as the same assignment (carriedFrom, origin,
// status going on), with one history read from either year's row; one-year and finished ones stay
// behind unless chosen; the years are checked with nothing written; the letter says so.
import { expect } from 'chai';
import { Client, as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { makeCentre, makeDeadline, makeLetter, makeUser, uniqueCode } from '../../../support/factories.js';
import { env } from '../../../../server/env.js';
import { testYears } from '../../../support/testYears.js';
import {
  AnnualReport,
  AnnualReportVersion,
  Assignment,
  GrantLetter,
  ReportAssessment,
} from '../../../../server/models/index.js';
import { emptyReportContent } from '../../../../server/reports/reportContent.js';
import type { Centre } from '../../../../server/models/index.js';
import { lineageIds } from '../../../../server/letters/assignmentHistory.js';

const firstYear = testYears.longTermAssignments;
const nextYear = firstYear + 1;

/**
 * The test's shortcut to an issued letter: the issuing steps have tests of their own. Issued a month
 * ago with its reference, so the document recovery (which completes letters issued in the last two
 * days) leaves it alone: a CI run's worker retried its issue job against a letter without a reference.
 */
const markIssued = (letterId: number) =>
  GrantLetter.update(
    {
      status: 'issued',
      issuedAt: new Date(Date.now() - 30 * 24 * 3600_000),
      letterDate: `${firstYear}-01-20`,
      referenceNumber: uniqueCode(`${firstYear}`),
    },
    { where: { id: letterId } },
  );

const nextLetter = (officer: Client, centre: Centre, carryOverAssignmentIds?: number[]) =>
  officer.post('/api/letters', {
    centre: centre.code,
    year: nextYear,
    title: `Tilskudd ${nextYear}`,
    startFrom: 'previous_year',
    ...(carryOverAssignmentIds ? { carryOverAssignmentIds } : {}),
  });

describe('long-term assignments', () => {
  let officer: Client;
  let centre: Centre;
  let firstLetterId: number;
  let longTerm: { id: number };
  let oneYear: { id: number };
  let finished: { id: number };
  let carried: any;

  before(async () => {
    officer = await as('caseOfficer');
    centre = await makeCentre();
    firstLetterId = (await makeLetter({ centre, year: firstYear })).id;
  });

  it('creates a two-year assignment with its years, and one-year and finished ones beside it', async () => {
    const created = await officer.post('/api/assignments', {
      letterId: firstLetterId,
      rank: 1,
      title: 'Kompetanseløft i kommunene',
      startYear: firstYear,
      endYear: nextYear,
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body).to.include({ startYear: firstYear, endYear: nextYear, carriedFrom: null });
    expect(created.body.history).to.deep.equal([
      {
        year: firstYear,
        letterId: firstLetterId,
        assignmentId: created.body.id,
        status: 'not_started',
        reportedStatus: null,
        achievement: null,
      },
    ]);
    longTerm = created.body;
    oneYear = (await officer.post('/api/assignments', { letterId: firstLetterId, rank: 2, title: 'Ettårig oppdrag' }))
      .body;
    finished = (
      await officer.post('/api/assignments', {
        letterId: firstLetterId,
        rank: 3,
        title: 'Ferdig flerårig oppdrag',
        startYear: firstYear,
        endYear: firstYear + 2,
        status: 'completed',
      })
    ).body;
    expect(oneYear).to.include({ startYear: null, endYear: null });
    expect(finished).to.include({ status: 'completed', endYear: firstYear + 2 });
  });

  // Runs after the tests above (mocha runs a suite's own tests first), so on a draft letter of its own.
  describe('years that do not fit the letter: 400 naming the field, nothing written', () => {
    let draftLetterId: number;
    let running: Assignment;
    before(async () => {
      draftLetterId = (await makeLetter({ year: firstYear })).id;
      running = await Assignment.create({
        letterId: draftLetterId,
        centreId: (await GrantLetter.findByPk(draftLetterId))!.centreId,
        rank: 1,
        title: 'Langsiktig',
        description: null,
        deadlineDate: null,
        startYear: firstYear,
        endYear: nextYear,
      });
    });

    const cases: [string, object, string][] = [
      ['starts after the letter’s year', { startYear: nextYear, endYear: nextYear + 1 }, 'body.startYear'],
      ['ends before the letter’s year', { startYear: firstYear - 1, endYear: firstYear - 1 }, 'body.endYear'],
      ['spans more than ten years', { startYear: firstYear - 1, endYear: firstYear + 10 }, 'body.endYear'],
      ['gives a start without an end', { startYear: firstYear }, 'body.endYear'],
      ['gives an end without a start', { endYear: nextYear }, 'body.startYear'],
    ];
    for (const [what, years, field] of cases)
      it(`refuses an assignment that ${what}`, async () => {
        const before = await rowCounts();
        const reply = await officer.post('/api/assignments', {
          letterId: draftLetterId,
          rank: 4,
          title: 'X',
          ...years,
        });
        expect(reply.status, JSON.stringify(reply.body)).to.equal(400);
        expect(reply.body.errors[0].field).to.equal(field);
        expect(reply.body.errors[0].label).to.be.a('string').and.match(/year/);
        expect(await rowCounts()).to.deep.equal(before);
      });

    it('refuses a change that ends the assignment before the letter’s year, in bokmål too', async () => {
      const user = await makeUser('case_officer');
      const norwegian = new Client(undefined, 'nb');
      expect(
        (await norwegian.post('/api/auth/login', { email: user.email, password: env.DEMO_PASSWORD })).status,
      ).to.equal(200);
      const before = await rowCounts();
      const reply = await officer.patch(`/api/assignments/${running.id}`, { endYear: firstYear - 1 });
      expect(reply.status).to.equal(400);
      expect(reply.body.errors[0]).to.include({ field: 'body.endYear', label: 'End year' });
      expect(reply.body.errors[0].message).to.include(`letter's year (${firstYear})`);
      const bokmal = await norwegian.patch(`/api/assignments/${running.id}`, { endYear: firstYear + 11 });
      expect(bokmal.status).to.equal(400);
      expect(bokmal.body.errors[0]).to.deep.include({
        field: 'body.endYear',
        label: 'Sluttår',
        message: `kan være høyst 10 år etter startåret (${firstYear + 10})`,
      });
      expect(await rowCounts()).to.deep.equal(before);
    });
  });

  it('carries the open long-term assignment into next year’s letter as the same assignment, by itself', async () => {
    await markIssued(firstLetterId);
    // Followed up after issuing: delivered this year, not finished.
    expect((await officer.patch(`/api/assignments/${longTerm.id}`, { status: 'delivered' })).status).to.equal(200);

    // Offered with the one-year one; the completed one is not open.
    const basis = (await officer.get(`/api/letters/draft-basis?centre=${centre.code}&year=${nextYear}`)).body;
    expect(
      basis.openAssignments.map((a: { id: number; carriedAutomatically: boolean }) => [a.id, a.carriedAutomatically]),
    ).to.deep.equal([
      [longTerm.id, true],
      [oneYear.id, false],
    ]);

    // Listed twice besides being carried by itself: still one row.
    const created = await nextLetter(officer, centre, [longTerm.id, longTerm.id]);
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body.assignments, 'neither the one-year nor the completed one').to.have.length(1);
    carried = created.body.assignments[0];
    expect(carried).to.include({
      title: 'Kompetanseløft i kommunene',
      rank: 1,
      startYear: firstYear,
      endYear: nextYear,
      year: nextYear,
      deadlineToBeAgreed: true,
      // Delivered last year, so under way this year.
      status: 'in_progress',
    });
    expect(carried.id).not.to.equal(longTerm.id);
    expect(carried.carriedFrom).to.deep.equal({ year: firstYear, letterId: firstLetterId, assignmentId: longTerm.id });
    const row = (await Assignment.findByPk(carried.id))!;
    expect(row.originId).to.equal(longTerm.id);
    expect(row.carriedFromId).to.equal(longTerm.id);
  });

  it('keeps one history across both letters, read from either year', async () => {
    // The first year's report, accepted with its assessment: the history carries both into either year.
    const report = await AnnualReport.create({
      deadlineId: (await makeDeadline({ centre, kind: 'report', year: nextYear })).id,
      centreId: centre.id,
      year: firstYear,
      letterId: firstLetterId,
      status: 'accepted',
      content: emptyReportContent(),
      version: 1,
      savedById: null,
    });
    const content = {
      ...emptyReportContent(),
      assignments: [
        {
          assignmentId: longTerm.id,
          status: 'delivered' as const,
          done: '',
          results: '',
          deviations: '',
          nextSteps: '',
        },
      ],
    };
    await AnnualReportVersion.create({
      reportId: report.id,
      version: 1,
      content,
      submissionId: null,
      submittedById: null,
      submittedAt: new Date(),
      returnComment: null,
      returnedAt: null,
    });
    await ReportAssessment.create({
      reportId: report.id,
      assignmentId: longTerm.id,
      achievement: 'partly_achieved',
      justification: 'Første år: delvis',
      moneyControl: null,
      assessedById: null,
      supersedesId: null,
    });
    const history = [
      {
        year: firstYear,
        letterId: firstLetterId,
        assignmentId: longTerm.id,
        status: 'delivered',
        reportedStatus: 'delivered',
        achievement: 'partly_achieved',
      },
      {
        year: nextYear,
        letterId: carried.letterId,
        assignmentId: carried.id,
        status: 'in_progress',
        reportedStatus: null,
        achievement: null,
      },
    ];
    for (const id of [longTerm.id, carried.id]) {
      const reply = await officer.get(`/api/assignments/${id}`);
      expect(reply.status).to.equal(200);
      expect(reply.body.history).to.deep.equal(history);
      expect(await lineageIds(id)).to.deep.equal([longTerm.id, carried.id]);
    }
    expect(await lineageIds(oneYear.id)).to.deep.equal([oneYear.id]);
  });

  it('never carries an assignment twice', async () => {
    const before = await rowCounts();
    expect((await nextLetter(officer, centre)).status, 'one main letter a year').to.equal(409);
    expect(await rowCounts()).to.deep.equal(before);
    // Nor is it offered again, and the database holds one continuation per row.
    const basis = (await officer.get(`/api/letters/draft-basis?centre=${centre.code}&year=${nextYear}`)).body;
    expect(basis.openAssignments.map((a: { id: number }) => a.id)).to.deep.equal([oneYear.id]);
    const fork = Assignment.create({
      letterId: carried.letterId,
      centreId: centre.id,
      rank: 9,
      title: 'Kopi',
      description: null,
      deadlineDate: null,
      carriedFromId: longTerm.id,
      originId: longTerm.id,
    });
    const refusal = await fork.then(
      () => null,
      (error: Error) => error,
    );
    expect(refusal?.name).to.equal('SequelizeUniqueConstraintError');
  });

  it('carries a one-year assignment only when chosen, as the same assignment', async () => {
    const other = await makeCentre();
    const letter = await makeLetter({ centre: other, year: firstYear, status: 'issued', assignments: 2 });
    const [chosen] = await Assignment.findAll({ where: { letterId: letter.id }, order: [['rank', 'ASC']] });
    const created = await nextLetter(officer, other, [chosen!.id]);
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body.assignments).to.have.length(1);
    expect(created.body.assignments[0].carriedFrom).to.include({ assignmentId: chosen!.id, year: firstYear });
    expect(created.body.assignments[0]).to.include({ startYear: null, endYear: null });
  });

  it('says in the letter that the assignment goes on from last year and spans two years', async () => {
    const html = (await officer.get(`/api/letters/${carried.letterId}/preview`)).body as string;
    expect(html).to.include(`Videreført fra ${firstYear}`).and.include(`Flerårig oppdrag ${firstYear}–${nextYear}`);
  });

  it('carries a joint long-term assignment on at each centre, keeping the joint assignment', async () => {
    const centres = [await makeCentre(), await makeCentre()];
    const letters = await Promise.all(centres.map((c) => makeLetter({ centre: c, year: firstYear })));
    const given = await officer.post('/api/joint-assignments', {
      year: firstYear,
      startYear: firstYear,
      endYear: nextYear,
      rank: 2,
      title: 'Felles langsiktig oppdrag',
      centres: centres.map((c) => c.code),
    });
    expect(given.status, JSON.stringify(given.body)).to.equal(201);
    for (const letter of letters) await markIssued(letter.id);
    for (const c of centres) {
      const created = await nextLetter(officer, c);
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      expect(created.body.assignments).to.have.length(1);
      expect(created.body.assignments[0]).to.include({ jointAssignmentId: given.body.id, startYear: firstYear });
      expect(created.body.assignments[0].carriedFrom.year).to.equal(firstYear);
    }
    const joint = (await officer.get(`/api/joint-assignments/${given.body.id}`)).body;
    expect(
      joint.centres.map((c: { year: number }) => c.year),
      'each centre once, by its latest year',
    ).to.deep.equal([nextYear, nextYear]);
    expect(joint.progress.centres).to.equal(2);
  });

  it('refuses a joint assignment whose years do not fit, writing nothing', async () => {
    const centres = [await makeCentre(), await makeCentre()];
    for (const c of centres) await makeLetter({ centre: c, year: firstYear });
    const before = await rowCounts();
    const reply = await officer.post('/api/joint-assignments', {
      year: firstYear,
      startYear: firstYear,
      endYear: firstYear + 11,
      rank: 1,
      title: 'For lang',
      centres: centres.map((c) => c.code),
    });
    expect(reply.status).to.equal(400);
    expect(reply.body.errors[0].field).to.equal('body.endYear');
    expect(await rowCounts()).to.deep.equal(before);
  });
});
