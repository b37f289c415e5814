// Setting up next year's budget from last year's: lines and frames copied in one transaction,
// audited; refused (409) when the year already has frames unless only the missing ones are asked
// for; never copied twice; nothing written on a refusal.
import { expect } from 'chai';
import { BudgetFrame, BudgetLine } from '../../../../server/models/index.js';
import { as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { budgetLine, lastAudit } from '../../../support/finance.js';

const FROM = 2051;
const TO = 2052;

describe('routes/api: copying budget frames into a new year', () => {
  const copy = async (body: object, role: 'finance' | 'caseOfficer' | 'naphaLeader' = 'finance') =>
    (await as(role)).post('/api/budget-frames/copy', body);
  const framesOf = async (year: number) =>
    (await (await as('finance')).get(`/api/budget-frames?year=${year}&pageSize=200`)).body.items as any[];

  before(async () => {
    // Logged in first: a login writes the user's row and the audit, which would show in rowCounts.
    for (const role of ['finance', 'caseOfficer', 'naphaLeader', 'admin'] as const) await as(role);
    const finance = await as('finance');
    await budgetLine(FROM, 743, 62);
    await budgetLine(FROM, 743, 70);
    const patched = await finance.patch(
      `/api/budget-lines/${(await BudgetLine.findOne({ where: { year: FROM, chapter: 743, item: 70 } }))!.id}`,
      { holdWhenOverdue: false, name: 'Kap. 743 post 70 – tilskudd' },
    );
    expect(patched.status).to.equal(200);
    for (const [centre, item, amountOre, note] of [
      ['NAPHA', 62, 12_345_678_90, 'Grunnbevilgning'],
      ['NAPHA', 70, 500_000_00, null],
      ['RVTS-OST', 62, 9_000_000_01, null],
    ] as const) {
      const created = await finance.post('/api/budget-frames', {
        centre,
        year: FROM,
        budgetLine: { chapter: 743, item },
        amountOre,
        note,
      });
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
    }
  });

  it('refuses anyone but finance, a copy onto the same year and a year without frames, writing nothing', async () => {
    const before = await rowCounts();
    const officer = await copy({ fromYear: FROM, toYear: TO }, 'caseOfficer');
    expect(officer.status).to.equal(403);
    expect((await copy({ fromYear: FROM, toYear: TO }, 'naphaLeader')).status).to.equal(403);
    const same = await copy({ fromYear: FROM, toYear: FROM });
    expect(same.status).to.equal(400);
    expect(same.body.errors.map((e: any) => e.field)).to.deep.equal(['body.toYear']);
    const empty = await copy({ fromYear: 2049, toYear: TO });
    expect(empty.status).to.equal(400);
    expect(empty.body.errors.map((e: any) => e.field)).to.deep.equal(['body.fromYear']);
    const unknownCentre = await copy({ fromYear: FROM, toYear: TO, centre: 'NOSUCH' });
    expect(unknownCentre.status).to.equal(400);
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('copies last year’s lines and frames into next year, each audited as a copy', async () => {
    const copied = await copy({ fromYear: FROM, toYear: TO });
    expect(copied.status, JSON.stringify(copied.body)).to.equal(200);
    expect(copied.body).to.include({ fromYear: FROM, toYear: TO, linesCreated: 2, framesCreated: 3, framesSkipped: 0 });
    const lines = await BudgetLine.findAll({ where: { year: TO }, order: [['item', 'ASC']] });
    expect(lines.map((l) => [l.chapter, l.item, l.name, l.holdWhenOverdue])).to.deep.equal([
      [743, 62, 'Kap. 743 post 62', true],
      [743, 70, 'Kap. 743 post 70 – tilskudd', false],
    ]);
    const frames = await framesOf(TO);
    expect(
      frames
        .map((f) => [f.centre.code, f.budgetLine.item, f.budgetLine.year, f.amountOre, f.note])
        .sort((a, b) => String(a).localeCompare(String(b))),
    ).to.deep.equal([
      ['NAPHA', 62, TO, 12_345_678_90, 'Grunnbevilgning'],
      ['NAPHA', 70, TO, 500_000_00, null],
      ['RVTS-OST', 62, TO, 9_000_000_01, null],
    ]);
    const audit = await lastAudit('BudgetFrame', frames[0].id);
    expect(audit.action).to.equal('copy');
    expect(audit.after.year).to.equal(TO);
    expect(audit.before.year).to.equal(FROM);
    expect((await lastAudit('BudgetLine', lines[0]!.id)).action).to.equal('copy');
    // The list tells finance what it may do with each frame; others see the same frames without.
    expect(frames[0].abilities).to.deep.equal({ update: true, delete: true, createDisbursement: true });
    const asOfficer = (await (await as('caseOfficer')).get(`/api/budget-frames?year=${TO}`)).body.items;
    expect(asOfficer[0].abilities).to.deep.equal({ update: false, delete: false, createDisbursement: false });
  });

  it('refuses with 409 once the year has frames, and writes nothing', async () => {
    const before = await rowCounts();
    const again = await copy({ fromYear: FROM, toYear: TO });
    expect(again.status).to.equal(409);
    expect(again.body.detail).to.match(/^\d{4} already has 3 frames; ask to fill in only the missing ones\.$/);
    const oneCentre = await copy({ fromYear: FROM, toYear: TO, centre: 'napha' });
    expect(oneCentre.status).to.equal(409);
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('fills in only the missing frames when asked, and a second run copies nothing twice', async () => {
    const finance = await as('finance');
    const gone = (await framesOf(TO)).find((f) => f.centre.code === 'RVTS-OST');
    expect((await finance.delete(`/api/budget-frames/${gone.id}`)).status).to.equal(204);
    const napha = await copy({ fromYear: FROM, toYear: TO, centre: 'NAPHA', onlyMissing: true });
    expect(napha.status).to.equal(200);
    expect(napha.body).to.include({ linesCreated: 0, framesCreated: 0, framesSkipped: 2 });
    const filled = await copy({ fromYear: FROM, toYear: TO, onlyMissing: true });
    expect(filled.body).to.include({ linesCreated: 0, framesCreated: 1, framesSkipped: 2 });
    expect(filled.body.frames.map((f: any) => [f.centre.code, f.amountOre])).to.deep.equal([
      ['RVTS-OST', 9_000_000_01],
    ]);
    const before = await rowCounts();
    const twice = await copy({ fromYear: FROM, toYear: TO, onlyMissing: true });
    expect(twice.body).to.include({ linesCreated: 0, framesCreated: 0, framesSkipped: 3 });
    expect(await rowCounts()).to.deep.equal(before);
    expect(await BudgetFrame.count({ where: { year: TO } })).to.equal(3);
    expect(await BudgetLine.count({ where: { year: TO } })).to.equal(2);
  });
});
