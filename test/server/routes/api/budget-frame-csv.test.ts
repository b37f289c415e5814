// Frames come back in as CSV too: the portfolio's CSV export (semicolons, decimal comma, BOM),
// edited and uploaded, sets the frames; a bad line imports nothing and is named by line and column.
import { expect } from 'chai';
import { as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { budgetLine } from '../../../support/finance.js';

const YEAR = 2054;

describe('routes/api: importing budget frames from CSV', () => {
  let frameId: number;
  before(async () => {
    const finance = await as('finance');
    await budgetLine(YEAR, 743, 62);
    const created = await finance.post('/api/budget-frames', {
      centre: 'NAPHA',
      year: YEAR,
      budgetLine: { chapter: 743, item: 62 },
      amountOre: 1_000_000_00,
    });
    expect(created.status).to.equal(201);
    frameId = created.body.id;
  });

  it('takes the CSV export back with a changed amount', async () => {
    const finance = await as('finance');
    const exported = await finance.download(`/api/portfolio/export.csv?year=${YEAR}`);
    expect(exported.status).to.equal(200);
    const csv = exported.body.toString('utf8');
    expect(csv).to.include('1000000,00');
    const edited = Buffer.from(csv.replace('1000000,00', '1234567,89'), 'utf8');
    const imported = await finance.upload('/api/budget-frames/import', 'file', edited, 'rammer.csv');
    expect(imported.status, JSON.stringify(imported.body)).to.equal(200);
    expect(imported.body).to.include({ updated: 1, created: 0 });
    expect((await finance.get(`/api/budget-frames/${frameId}`)).body.amountOre).to.equal(1_234_567_89);
  });

  it('names a bad line by line and column and imports nothing', async () => {
    const finance = await as('finance');
    const before = await rowCounts();
    const csv = ['Senter,År,Kapittel,Post,Ramme (kr)', `NAPHA,${YEAR},743,62,5000`, `NAPHA,${YEAR},743,62,tolv`].join(
      '\n',
    );
    const refused = await finance.upload('/api/budget-frames/import', 'file', Buffer.from(csv), 'rammer.csv');
    expect(refused.status).to.equal(400);
    expect(refused.body.type).to.match(/spreadsheet-invalid$/);
    expect(refused.body.errors.map((e: any) => [e.row, e.column])).to.deep.equal([[3, 'E']]);
    expect(await rowCounts()).to.deep.equal(before);
  });
});
