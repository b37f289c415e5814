// The results portfolio: reports of one year, written and assessed through the API at two
// centres sharing a joint assignment, counted by status and by current assessment, the joint
// assignment rolled up over both, the activity figures summed; the same in the Excel workbook.
import ExcelJS from 'exceljs';
import { expect } from 'chai';
import { twoCentresSharingAJointAssignment } from '../../../support/reports.js';
import { as } from '../../../support/http.js';
import type { Client } from '../../../support/http.js';
import { loginAs, makeUser } from '../../../support/factories.js';
import { testYears } from '../../../support/testYears.js';

describe('routes/api: the results portfolio across centres and years', () => {
  const year = testYears.results;
  let officer: Client;
  let codes: string[];

  before(async () => {
    officer = await loginAs(await makeUser('case_officer'));
    const made = await twoCentresSharingAJointAssignment(year, 'Felles kunnskapsoppsummering');
    const first = made.first;
    codes = made.codes;
    // The first: assignment 1 first judged partly, then corrected to achieved; the whole achieved.
    for (const body of [
      { assignmentId: first.basis[0]!.id, achievement: 'partly_achieved', justification: 'Delvis' },
      { assignmentId: first.basis[0]!.id, achievement: 'achieved', justification: 'Rettet: nådd' },
      { assignmentId: null, achievement: 'achieved', justification: 'Nådd', moneyControl: 'I orden' },
    ])
      expect((await officer.post(`${first.path}/assessments`, body)).status).to.equal(201);
  });

  it('counts each centre’s assignments by reported status and current assessment', async () => {
    const reply = await officer.get(`/api/results?fromYear=${year}&toYear=${year}`);
    expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
    const rows = reply.body.centres.filter((row: { centre: { code: string } }) => codes.includes(row.centre.code));
    expect(rows).to.have.length(2);
    const [first, second] = codes.map((code) =>
      rows.find((row: { centre: { code: string } }) => row.centre.code === code),
    );
    expect(first).to.deep.include({ year, reportStatus: 'submitted', version: 1, assignments: 2, overall: 'achieved' });
    expect(first.byStatus).to.include({ completed: 1, postponed: 1, in_progress: 0, none: 0 });
    expect(first.byAchievement).to.include({ achieved: 1, partly_achieved: 0, unassessed: 1 });
    expect(second.byStatus).to.include({ in_progress: 1 });
    expect(second.byAchievement).to.include({ unassessed: 1 });
    expect(second.overall).to.equal(null);
  });

  it('rolls the joint assignment up over both centres, and sums the activity figures', async () => {
    const body = (await officer.get(`/api/results?fromYear=${year}&toYear=${year}`)).body;
    const joint = body.joint.find((row: { title: string }) => row.title === 'Felles kunnskapsoppsummering');
    expect(joint.centres.sort()).to.deep.equal([...codes].sort());
    expect(joint.byStatus).to.include({ completed: 1, in_progress: 1 });
    expect(joint.byAchievement).to.include({ achieved: 1, unassessed: 1 });
    expect(body.activities).to.deep.include({ year, channel: 'course', count: 10, participants: 100 });
  });

  it('gives the same figures in the Excel workbook, one sheet each', async () => {
    const reply = await officer.download(`/api/results/export.xlsx?fromYear=${year}&toYear=${year}`);
    expect(reply.status).to.equal(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reply.body as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).to.deep.equal(['Sentre', 'Fellesoppdrag', 'Aktiviteter']);
    const centres = workbook.getWorksheet('Sentre')!;
    const headers = (centres.getRow(1).values as unknown[]).slice(1);
    const row = centres.getSheetValues().find((values) => Array.isArray(values) && values[1] === codes[0]) as unknown[];
    expect(row[headers.indexOf('Status: fullført') + 1]).to.equal(1);
    expect(row[headers.indexOf('Vurdering: oppnådd') + 1]).to.equal(1);
    expect(row[headers.indexOf('Samlet vurdering') + 1]).to.equal('oppnådd');
    const activities = workbook.getWorksheet('Aktiviteter')!.getSheetValues();
    expect(
      activities.some(
        (values) => Array.isArray(values) && values[1] === year && values[2] === 'Kurs' && values[3] === 10,
      ),
    ).to.equal(true);
  });

  it('is the directorate’s alone, and refuses a span backwards or over 20 years', async () => {
    expect((await (await as('naphaLeader')).get(`/api/results?fromYear=${year}&toYear=${year}`)).status).to.equal(403);
    const backwards = await officer.get(`/api/results?fromYear=${year}&toYear=${year - 1}`);
    expect(backwards.status).to.equal(400);
    expect(backwards.body.errors[0].field).to.equal('query.toYear');
    expect((await officer.get(`/api/results?fromYear=2000&toYear=2030`)).status).to.equal(400);
  });
});
