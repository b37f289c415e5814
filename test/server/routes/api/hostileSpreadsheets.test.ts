// Hostile imports: workbooks that unpack to far more than they weigh, sheets with 100 000 rows, a
// zip that lies about its sizes, and CSV beyond any survey are refused quickly with a short
// problem, and nothing is written.
import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { budgetLine } from '../../../support/finance.js';
import { sheetXml, withDeclaredSize, workbookParts, zipOf } from '../../../support/zips.js';
import { workbookLimits } from '../../../../server/spreadsheets/workbookLimits.js';

/** A workbook written by exceljs's streaming writer (fast enough for 100 000 rows). */
async function streamedWorkbook(rows: number, row: (index: number) => unknown[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('Ark1');
  sheet.addRow(['Senter', 'År', 'Kapittel', 'Post', 'Ramme (kr)']).commit();
  for (let index = 0; index < rows; index++) sheet.addRow(row(index)).commit();
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

/** Rows of small numeric cells, written straight as sheet XML. */
function numberRows(rows: number, cellsPerRow: number): string {
  const columns = Array.from({ length: cellsPerRow }, (_, i) =>
    i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`,
  );
  let xml = '';
  for (let row = 1; row <= rows; row++)
    xml += `<row r="${row}">${columns.map((column) => `<c r="${column}${row}"><v>1</v></c>`).join('')}</row>`;
  return xml;
}

const importYear = 2033;

describe('routes/api: hostile spreadsheets and CSV', () => {
  before(async () => {
    await budgetLine(importYear, 743, 62);
  });

  async function importSheet(file: Buffer) {
    const finance = await as('finance');
    const before = await rowCounts();
    const started = Date.now();
    const reply = await finance.upload('/api/budget-frames/import', 'file', file, 'rammer.xlsx');
    const elapsed = Date.now() - started;
    expect(await rowCounts()).to.deep.equal(before);
    return { reply, elapsed, size: JSON.stringify(reply.body).length };
  }

  it('refuses a 100 000-row workbook from exceljs at once, with a short 413', async () => {
    const file = await streamedWorkbook(100_000, () => ['X', importYear, 743, 62, -1]);
    expect(file.length).to.be.above(1_500_000);
    const { reply, elapsed, size } = await importSheet(file);
    expect(reply.status, JSON.stringify(reply.body)).to.equal(413);
    expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(reply.body).to.include({ type: 'https://styringsdialog.example/problems/spreadsheet-too-large' });
    expect(reply.body.title).to.equal('The spreadsheet is too large – nothing was imported');
    expect(reply.body.errors).to.deep.equal([
      { field: 'file', label: 'File', message: 'unpacks to more than 5 MB; a frame sheet is far smaller' },
    ]);
    expect(size).to.be.below(1_000);
    expect(elapsed).to.be.below(2_000);
  });

  it('refuses a 60 KB zip that unpacks to a 50 MB cell before inflating it', async () => {
    const parts = await workbookParts();
    const huge = Buffer.alloc(50 * 1024 * 1024, 'x');
    const file = await zipOf({
      ...parts,
      'xl/sharedStrings.xml': Buffer.concat([Buffer.from('<sst><si><t>'), huge, Buffer.from('</t></si></sst>')]),
    });
    expect(file.length).to.be.below(100_000);
    const { reply, elapsed } = await importSheet(file);
    expect(reply.status).to.equal(413);
    expect(reply.body.errors[0].field).to.equal('file');
    expect(reply.body.detail).to.match(/unpacks to more than 5 MB/);
    expect(elapsed).to.be.below(2_000);
  });

  it('refuses a zip whose directory says a part is small while it inflates to more', async () => {
    const parts = await workbookParts();
    const sheet = sheetXml(numberRows(2_000, 5)); // ~300 KB, within the limits
    const honest = await zipOf({ ...parts, 'xl/worksheets/sheet1.xml': sheet });
    const lying = withDeclaredSize(honest, 'xl/worksheets/sheet1.xml', 1_000);
    const { reply } = await importSheet(lying);
    expect(reply.status).to.equal(400);
    expect(reply.body.errors).to.deep.equal([
      { field: 'file', label: 'File', message: 'is not a readable Excel workbook (.xlsx): its zip is damaged' },
    ]);
  });

  it('refuses more rows or cells than an import takes, though the file is small', async () => {
    const parts = await workbookParts();
    const rows = await importSheet(
      await zipOf({ ...parts, 'xl/worksheets/sheet1.xml': sheetXml(numberRows(workbookLimits.rows + 1, 1)) }),
    );
    expect(rows.reply.status).to.equal(413);
    expect(rows.reply.body.errors).to.deep.equal([
      { field: 'file', label: 'File', message: 'has 5,001 rows; import at most 5,000 at a time' },
    ]);
    const cells = await importSheet(
      await zipOf({ ...parts, 'xl/worksheets/sheet1.xml': sheetXml(numberRows(2_000, 30)) }),
    );
    expect(cells.reply.status).to.equal(413);
    expect(cells.reply.body.errors[0].message).to.equal('has 60,000 cells; import at most 50,000 at a time');
  });

  it('lists the first 100 problems of a bad sheet and counts the rest in the detail', async () => {
    const file = await streamedWorkbook(1_500, () => ['NAPHA', importYear, 743, 62, -1]);
    const { reply, size } = await importSheet(file);
    expect(reply.status).to.equal(400);
    expect(reply.body.type).to.match(/spreadsheet-invalid$/);
    expect(reply.body.errors).to.have.length(100);
    expect(reply.body.errors[0]).to.deep.equal({
      field: 'file',
      label: 'File',
      row: 2,
      column: 'E',
      message: 'Ramme (kr): must not be negative',
    });
    expect(reply.body.detail).to.include('1500 problem(s) in the sheet');
    expect(reply.body.detail).to.include('The first 100 are listed in errors, 1400 more are not.');
    expect(size).to.be.below(15_000);
  });

  it('still imports a sheet within the limits', async () => {
    const file = await streamedWorkbook(1, () => ['NAPHA', importYear, 743, 62, 1_000]);
    const reply = await (await as('finance')).upload('/api/budget-frames/import', 'file', file, 'rammer.xlsx');
    expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
    expect(reply.body).to.include({ rows: 1, created: 1 });
  });

  describe('indicator CSV', () => {
    async function importCsv(csv: string) {
      const officer = await as('caseOfficer'); // logged in (and audited) before counting
      const before = await rowCounts();
      const started = Date.now();
      const reply = await officer.post('/api/indicators/import', { year: 2031, csv });
      expect(Date.now() - started).to.be.below(2_000);
      expect(await rowCounts()).to.deep.equal(before);
      expect(reply.status).to.equal(400);
      expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(JSON.stringify(reply.body).length).to.be.below(2_000);
      return reply.body;
    }

    it('refuses more data lines than a survey has', async () => {
      const csv = 'centre;n;contacted_pct\n' + 'NAPHA;1;1\n'.repeat(1_001);
      const body = await importCsv(csv);
      expect(body.errors).to.deep.equal([
        {
          field: 'body.csv',
          label: 'CSV file',
          message: 'has 1001 data lines; at most 1000 (one line per centre or group)',
        },
      ]);
    });

    it('refuses a header of 50 000 columns with one short problem', async () => {
      const body = await importCsv(`centre;n;contacted_pct;${'x;'.repeat(50_000)}\nNAPHA;1;1`);
      expect(body.errors).to.deep.equal([
        { field: 'body.csv', label: 'CSV file', message: 'line 1: has 50004 columns; at most 50' },
      ]);
    });

    it('refuses CSV over 200 000 characters', async () => {
      const body = await importCsv(`centre;n;contacted_pct\n${'x'.repeat(200_000)}`);
      expect(body.errors).to.deep.equal([
        { field: 'body.csv', label: 'CSV file', message: 'must be at most 200 000 characters' },
      ]);
    });
  });
});
