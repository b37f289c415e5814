// A frame may be set to exactly what is paid on it (by hand and by import), never below.
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { osloToday } from '../../../../server/calendar.js';
import { as } from '../../../support/http.js';
import { makeFrame } from '../../../support/factories.js';

describe('routes/api: budget frames at what is paid', () => {
  let fixture: { frameId: number; centre: string; year: number };
  const paidOre = 40_000_00;

  before(async () => {
    // A centre of its own with an accepted letter and a frame, so no other test pays on this frame.
    const { frame, centre } = await makeFrame({ amountOre: 100_000_00, letter: true });
    fixture = { frameId: frame.id, centre: centre.code, year: frame.year };
    const paid = await (
      await as('finance')
    ).post('/api/disbursements', {
      budgetFrameId: fixture.frameId,
      paidOn: osloToday(),
      amountOre: paidOre,
      voucherReference: 'RAMME-1',
    });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
  });

  it('lets finance set a frame by hand to exactly what is paid, not one øre or one krone less', async () => {
    const finance = await as('finance');
    const exact = await finance.patch(`/api/budget-frames/${fixture.frameId}`, { amountOre: paidOre });
    expect(exact.status, JSON.stringify(exact.body)).to.equal(200);
    expect(exact.body.amountOre).to.equal(paidOre);
    for (const amountOre of [paidOre - 1, paidOre - 100]) {
      const below = await finance.patch(`/api/budget-frames/${fixture.frameId}`, { amountOre });
      expect(below.status).to.equal(409);
      expect(below.body.detail).to.include('is already paid');
    }
    expect((await finance.get(`/api/budget-frames/${fixture.frameId}`)).body.amountOre).to.equal(paidOre);
  });

  it('lets an import set a frame to exactly what is paid', async () => {
    const finance = await as('finance');
    expect((await finance.patch(`/api/budget-frames/${fixture.frameId}`, { amountOre: 100_000_00 })).status).to.equal(
      200,
    );
    const sheet = async (kroner: number) => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Rammer').addRows([
        ['Senter', 'År', 'Kapittel', 'Post', 'Ramme (kr)'],
        [fixture.centre, fixture.year, 743, 62, kroner],
      ]);
      return finance.upload(
        '/api/budget-frames/import',
        'file',
        Buffer.from(await book.xlsx.writeBuffer()),
        'rammer.xlsx',
      );
    };
    const exact = await sheet(paidOre / 100);
    expect(exact.status, JSON.stringify(exact.body)).to.equal(200);
    expect(exact.body).to.include({ updated: 1 });
    expect((await finance.get(`/api/budget-frames/${fixture.frameId}`)).body.amountOre).to.equal(paidOre);
    const below = await sheet(paidOre / 100 - 0.01);
    expect(below.status).to.equal(400);
    expect(below.body.errors.map((e: any) => [e.row, e.column])).to.deep.equal([[2, 'E']]);
  });
});
