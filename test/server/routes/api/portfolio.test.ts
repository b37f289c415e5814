// The portfolio and its files: totals are exactly the sums of their rows; the Excel export opens
// with exceljs and says what the API says; an Excel import of frames is all or nothing.
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { anonymous, as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { budgetLine, lastAudit } from '../../../support/finance.js';
import { parseKroner, plainKroner } from '../../../../common/money.js';
import { osloToday } from '../../../../server/calendar.js';

const figureKeys = ['frameOre', 'paidOre', 'remainingOre', 'spentOre', 'unspentOre'] as const;
const sum = (rows: any[]) =>
  Object.fromEntries(figureKeys.map((key) => [key, rows.reduce((total, row) => total + row[key], 0)]));
const figuresOf = (row: any) => Object.fromEntries(figureKeys.map((key) => [key, row[key]]));

async function workbook(rows: unknown[][], headers = ['Senter', 'År', 'Kapittel', 'Post', 'Ramme (kr)', 'Merknad']) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Ark1');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const kronerCell = (value: unknown) => {
  const parsed = parseKroner(value);
  if (!parsed.ok) throw new Error(`not kroner: ${String(value)}`);
  return parsed.ore;
};

describe('routes/api: portfolio', () => {
  const year = Number(osloToday().slice(0, 4));

  it('gives totals per chapter/item, per centre and overall that equal the sum of their rows', async () => {
    const portfolio = (await (await as('finance')).get(`/api/portfolio?year=${year}`)).body;
    expect(portfolio.rows.length).to.be.greaterThan(2);
    expect(portfolio.totals).to.deep.equal(sum(portfolio.rows));
    expect(sum(portfolio.byLine)).to.deep.equal(portfolio.totals);
    expect(sum(portfolio.byCentre)).to.deep.equal(portfolio.totals);
    for (const line of portfolio.byLine) {
      const rows = portfolio.rows.filter(
        (row: any) =>
          row.budgetLine.chapter === line.budgetLine.chapter && row.budgetLine.item === line.budgetLine.item,
      );
      expect(figuresOf(line)).to.deep.equal(sum(rows));
    }
    for (const centre of portfolio.byCentre) {
      const rows = portfolio.rows.filter((row: any) => row.centre.code === centre.centre.code);
      expect(figuresOf(centre)).to.deep.equal(sum(rows));
    }
    // Each centre's rows together, by chapter and item; centres in the order of their rows; lines by chapter and item.
    const lineKey = (row: any) => row.budgetLine.chapter * 1000 + row.budgetLine.item;
    const centreOrder = [...new Set(portfolio.rows.map((row: any) => row.centre.code))];
    expect(portfolio.byCentre.map((c: any) => c.centre.code)).to.deep.equal(centreOrder);
    for (const code of centreOrder) {
      const keys = portfolio.rows.filter((row: any) => row.centre.code === code).map(lineKey);
      expect(keys, code as string).to.deep.equal([...keys].sort((a, b) => a - b));
    }
    const lineKeys = portfolio.byLine.map(lineKey);
    expect(lineKeys).to.deep.equal([...lineKeys].sort((a: number, b: number) => a - b));
    expect(centreOrder.length).to.equal(
      portfolio.rows.filter((row: any, i: number) => i === 0 || portfolio.rows[i - 1].centre.code !== row.centre.code)
        .length,
    );
    // The frames are those the API lists.
    const frames = (await (await as('finance')).get(`/api/budget-frames?year=${year}&pageSize=200`)).body.items;
    expect(portfolio.totals.frameOre).to.equal(frames.reduce((total: number, f: any) => total + f.amountOre, 0));

    // Each row's paid and spent come from the payments and accounts the API lists, not from each other.
    const finance = await as('finance');
    const payments = (await finance.get(`/api/disbursements?year=${year}&pageSize=200`)).body.items;
    const accounts = (await finance.get(`/api/accounts-reports?year=${year}&pageSize=200`)).body.items;
    const sameRow = (row: any, item: any) =>
      item.centre.code === row.centre.code &&
      item.budgetLine.chapter === row.budgetLine.chapter &&
      item.budgetLine.item === row.budgetLine.item;
    expect(payments.length, 'the seed has payments this year').to.be.greaterThan(0);
    for (const row of portfolio.rows) {
      const paid = payments.filter((p: any) => sameRow(row, p)).reduce((t: number, p: any) => t + p.amountOre, 0);
      const spent = accounts.filter((a: any) => sameRow(row, a)).reduce((t: number, a: any) => t + a.spentOre, 0);
      expect([row.paidOre, row.spentOre, row.remainingOre], `${row.centre.code} ${row.budgetLine.item}`).to.deep.equal([
        paid,
        spent,
        row.frameOre - paid,
      ]);
    }
    expect(portfolio.totals.paidOre).to.be.greaterThan(0);
  });

  it('shows a centre only its own figures', async () => {
    const korus = await as('korusNordLeader');
    const own = (await korus.get(`/api/portfolio?year=${year}`)).body;
    expect(own.rows.length).to.be.greaterThan(0);
    expect(new Set(own.rows.map((row: any) => row.centre.code))).to.deep.equal(new Set(['KORUS-NORD']));
    expect(own.byCentre.map((c: any) => c.centre.code)).to.deep.equal(['KORUS-NORD']);
    expect(own.totals).to.deep.equal(sum(own.rows));
    expect((await korus.get(`/api/portfolio?year=${year}&centre=NAPHA`)).body.rows).to.deep.equal([]);
    const file = await korus.download(`/api/portfolio/export.csv?year=${year}`);
    expect(file.body.toString('utf8')).not.to.include('NAPHA');
  });

  it('gives the same totals without the rows as a summary, confined to a centre user’s own centre', async () => {
    const finance = await as('finance');
    const { rows, ...totals } = (await finance.get(`/api/portfolio?year=${year}`)).body;
    expect(rows.length).to.be.greaterThan(2);
    const summary = await finance.get(`/api/portfolio/summary?year=${year}`);
    expect(summary.status).to.equal(200);
    expect(summary.body).to.deep.equal(totals);
    expect(summary.body.byCentre.length).to.be.greaterThan(1);

    const korus = await as('korusNordLeader');
    const own = (await korus.get(`/api/portfolio/summary?year=${year}`)).body;
    expect(own.byCentre.map((c: any) => c.centre.code)).to.deep.equal(['KORUS-NORD']);
    expect(own.totals).to.deep.equal(sum(rows.filter((row: any) => row.centre.code === 'KORUS-NORD')));

    const wrongYear = await finance.get('/api/portfolio/summary?year=tjue');
    expect(wrongYear.status).to.equal(400);
    expect(wrongYear.body.errors.map((e: any) => e.field)).to.deep.equal(['query.year']);
  });

  it('exports an Excel workbook that opens with exceljs and whose figures and totals match the API', async () => {
    const finance = await as('finance');
    const api = (await finance.get(`/api/portfolio?year=${year}`)).body;
    const file = await finance.download(`/api/portfolio/export.xlsx?year=${year}`);
    expect(file.status).to.equal(200);
    expect(file.headers.get('content-type')).to.match(/spreadsheetml/);
    expect(file.headers.get('content-disposition')).to.include(`portefolje-${year}.xlsx`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).to.deep.equal(['Rammer', 'Per kapittel og post', 'Per senter']);
    const values = (sheetName: string) =>
      book
        .getWorksheet(sheetName)!
        .getSheetValues()
        .slice(2)
        .map((row) => (row as unknown[]).slice(1));

    const rows = values('Rammer');
    const totalRow = rows.pop()!;
    expect(rows).to.have.length(api.rows.length);
    rows.forEach((row, index) => {
      const expected = api.rows[index];
      expect(row.slice(0, 5)).to.deep.equal([
        expected.centre.code,
        expected.centre.name,
        year,
        expected.budgetLine.chapter,
        expected.budgetLine.item,
      ]);
      expect(row.slice(5, 10).map(kronerCell)).to.deep.equal(figureKeys.map((key) => expected[key]));
    });
    expect(totalRow[0]).to.equal('Sum');
    expect(totalRow.slice(5, 10).map(kronerCell)).to.deep.equal(figureKeys.map((key) => api.totals[key]));

    const byLine = values('Per kapittel og post');
    expect(byLine.pop()!.slice(3, 8).map(kronerCell)).to.deep.equal(figureKeys.map((key) => api.totals[key]));
    byLine.forEach((row, index) =>
      expect(row.slice(3, 8).map(kronerCell)).to.deep.equal(figureKeys.map((key) => api.byLine[index][key])),
    );
    const byCentre = values('Per senter');
    expect(byCentre.pop()!.slice(2, 7).map(kronerCell)).to.deep.equal(figureKeys.map((key) => api.totals[key]));
    expect(byCentre.map((row) => row[0])).to.deep.equal(api.byCentre.map((c: any) => c.centre.code));
  });

  it('exports CSV for Norwegian Excel with the same totals', async () => {
    const finance = await as('finance');
    const api = (await finance.get(`/api/portfolio?year=${year}`)).body;
    const file = await finance.download(`/api/portfolio/export.csv?year=${year}`);
    expect(file.headers.get('content-type')).to.match(/^text\/csv/);
    const text = file.body.toString('utf8');
    expect(text.startsWith('\ufeffSenter;Navn;År;Kapittel;Post;Ramme (kr)')).to.equal(true);
    const lines = text.trim().split('\r\n');
    expect(lines).to.have.length(api.rows.length + 2);
    expect(lines.at(-1)!.split(';').slice(5, 10)).to.deep.equal(figureKeys.map((key) => plainKroner(api.totals[key])));
  });

  describe('Excel import of frames', () => {
    const importYear = 2032;
    before(async () => {
      await budgetLine(importYear, 743, 62);
      await budgetLine(importYear, 743, 70);
    });

    it('imports nothing when one row among good ones is bad, and names its row and column', async () => {
      const finance = await as('finance');
      const file = await workbook([
        ['NAPHA', importYear, 743, 62, 1_000],
        ['KORUS-NORD', importYear, 743, 70, 2_000],
        ['SANKS', importYear, 743, 62, -5],
        ['NSSF', importYear, 743, 62, 3_000],
      ]);
      const before = await rowCounts();
      const reply = await finance.upload('/api/budget-frames/import', 'file', file, 'rammer.xlsx');
      expect(reply.status).to.equal(400);
      expect(reply.body.errors).to.deep.equal([
        { field: 'file', label: 'File', row: 4, column: 'E', message: 'Ramme (kr): must not be negative' },
      ]);
      expect(reply.body.detail).to.include('row 4 column E');
      expect(await rowCounts()).to.deep.equal(before);
    });

    it('lists every problem of a sheet with several bad rows', async () => {
      const finance = await as('finance');
      const file = await workbook([
        ['NAPHA', importYear, 743, 62, 1_234_567.89],
        ['KORUS-NORD', importYear, 743, 70, 'mange penger'],
        ['NOPE', importYear, 743, 70, 100],
        ['SANKS', importYear, 743, 71, 100],
        ['NSSF', importYear, 743, 62, 12.345],
        ['NAPHA', importYear, 743, 62, 5],
      ]);
      const before = await rowCounts();
      const reply = await finance.upload('/api/budget-frames/import', 'file', file, 'rammer.xlsx');
      expect(reply.status, JSON.stringify(reply.body)).to.equal(400);
      expect(reply.body.type).to.match(/spreadsheet-invalid$/);
      expect(reply.body.errors.map((e: any) => [e.row, e.column])).to.deep.equal([
        [3, 'E'],
        [4, 'A'],
        [5, 'D'],
        [6, 'E'],
        [7, 'A'],
      ]);
      expect(reply.body.errors[0].message).to.match(/Ramme \(kr\)/);
      expect(reply.body.errors[1].message).to.include('NOPE');
      expect(reply.body.errors[4].message).to.include('row 2');
      expect(await rowCounts()).to.deep.equal(before);
      expect((await finance.get(`/api/budget-frames?year=${importYear}`)).body.items).to.deep.equal([]);
    });

    it('reports a missing column on the header row', async () => {
      const file = await workbook([['NAPHA', importYear, 743, 62]], ['Senter', 'År', 'Kapittel', 'Post']);
      const reply = await (await as('finance')).upload('/api/budget-frames/import', 'file', file, 'rammer.xlsx');
      expect(reply.status).to.equal(400);
      expect(reply.body.errors).to.deep.equal([
        { field: 'file', label: 'File', row: 1, column: '', message: 'the header row has no “Ramme (kr)” column' },
      ]);
      const notExcel = await (
        await as('finance')
      ).upload('/api/budget-frames/import', 'file', Buffer.from('a;b'), 'rammer.csv');
      expect(notExcel.status).to.equal(400);
    });

    it('asks for a login before reading an upload, and refuses files over 5 MB', async () => {
      const file = await workbook([['NAPHA', importYear, 743, 62, 1]]);
      expect((await anonymous().upload('/api/budget-frames/import', 'file', file, 'r.xlsx')).status).to.equal(401);
      const huge = Buffer.alloc(5 * 1024 * 1024 + 1);
      const reply = await (await as('finance')).upload('/api/budget-frames/import', 'file', huge, 'r.xlsx');
      expect(reply.status).to.equal(413);
    });

    it('imports good rows exactly to the øre, creating and updating frames, audited', async () => {
      const finance = await as('finance');
      const sheet = [
        ['NAPHA', importYear, 743, 62, 1_234_567.89, 'Fra statsbudsjettet'],
        ['NAPHA', importYear, 743, 70, '18 000 000,50', null],
        ['KORUS-NORD', importYear, 743, 70, 0.01, null],
        ['RVTS-SOR', importYear, 743, 62, 99_999_999_999.99, null],
      ];
      const reply = await finance.upload('/api/budget-frames/import', 'file', await workbook(sheet), 'rammer.xlsx');
      expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
      expect(reply.body).to.include({ rows: 4, created: 4, updated: 0, unchanged: 0 });
      expect(reply.body.totalOre).to.equal(123_456_789 + 1_800_000_050 + 1 + 9_999_999_999_999);

      const frames = (await finance.get(`/api/budget-frames?year=${importYear}`)).body.items;
      const byKey = new Map(frames.map((f: any) => [`${f.centre.code}/${f.budgetLine.item}`, f]));
      expect((byKey.get('NAPHA/62') as any).amountOre).to.equal(123_456_789);
      expect((byKey.get('NAPHA/62') as any).note).to.equal('Fra statsbudsjettet');
      expect((byKey.get('NAPHA/70') as any).amountOre).to.equal(1_800_000_050);
      expect((byKey.get('KORUS-NORD/70') as any).amountOre).to.equal(1);
      expect((byKey.get('RVTS-SOR/62') as any).amountOre).to.equal(9_999_999_999_999);
      const audit = await lastAudit('BudgetFrame', (byKey.get('NAPHA/70') as any).id);
      expect(audit).to.include({ action: 'import' });
      expect(audit.actor.email).to.equal('okonomi@helsedir.example');

      // The portfolio's export of that year imports again unchanged; a changed amount updates its frame.
      const exported = await finance.download(`/api/portfolio/export.xlsx?year=${importYear}`);
      const again = await finance.upload('/api/budget-frames/import', 'file', exported.body, 'portefolje.xlsx');
      expect(again.body).to.include({ rows: 4, created: 0, updated: 0, unchanged: 4 });
      const changed = await finance.upload(
        '/api/budget-frames/import',
        'file',
        await workbook([['napha', importYear, 743, 70, 17_999_999.99]]),
        'rammer.xlsx',
      );
      expect(changed.body).to.include({ rows: 1, created: 0, updated: 1 });
      expect(changed.body.frames[0].amountOre).to.equal(1_799_999_999);
      expect((await lastAudit('BudgetFrame', changed.body.frames[0].id)).before.amountOre).to.equal(1_800_000_050);
    });
  });
});
