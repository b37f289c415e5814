import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { readFrameSheet } from '../../../server/spreadsheets/readFrameSheet.js';

async function sheetOf(rows: ExcelJS.CellValue[][], name = 'Ark1') {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('server/spreadsheets/readFrameSheet', () => {
  it('reads columns in any order, by Norwegian or English headers, formulas by their result', async () => {
    const { frames, problems } = await readFrameSheet(
      await sheetOf([
        ['Amount (NOK)', 'Note', 'Item', 'Chapter', 'Year', 'Centre'],
        [{ formula: '1000+0.5', result: 1000.5 }, 'Første', 62, 743, 2030, 'napha'],
        [],
        [{ richText: [{ text: '2 000' }, { text: ',25' }] }, null, '70', 743, 2030, ' korus-nord '],
        ['Sum', null, null, null, null, 'Sum'],
      ]),
    );
    expect(problems).to.deep.equal([]);
    expect(
      frames.map(({ row, centreCode, year, chapter, item, amountOre, note }) => ({
        row,
        centreCode,
        year,
        chapter,
        item,
        amountOre,
        note,
      })),
    ).to.deep.equal([
      { row: 2, centreCode: 'NAPHA', year: 2030, chapter: 743, item: 62, amountOre: 100_050, note: 'Første' },
      { row: 4, centreCode: 'KORUS-NORD', year: 2030, chapter: 743, item: 70, amountOre: 200_025, note: null },
    ]);
  });

  it('names the row and column of every bad cell', async () => {
    const { problems } = await readFrameSheet(
      await sheetOf([
        ['Senter', 'År', 'Kapittel', 'Post', 'Ramme (kr)'],
        ['', 1999, 'sju', 62, 100],
        ['NAPHA', 2030, 743, 100, '1,234'],
      ]),
    );
    expect(problems.map((p) => [p.row, p.column, p.message.en])).to.deep.equal([
      [2, 'A', 'Senter: a centre code is required'],
      [2, 'B', 'År: must be between 2000 and 2100'],
      [2, 'C', 'Kapittel: must be a whole number'],
      [3, 'D', 'Post: must be between 1 and 99'],
      // A thousand to an English reader, three decimals to a Norwegian one: refused, not guessed.
      [3, 'E', 'Ramme (kr): is ambiguous (thousands or three decimals?): write "1 234" or at most two decimals'],
    ]);
  });

  it('prefers a sheet named Rammer, and says so when a workbook has no frames', async () => {
    const empty = await readFrameSheet(await sheetOf([['Senter', 'År', 'Kapittel', 'Post', 'Ramme (kr)']], 'Rammer'));
    expect(empty.sheetName).to.equal('Rammer');
    expect(empty.problems.map((p) => p.message.en)).to.deep.equal(['the sheet has no frames below the header row']);
  });
});
