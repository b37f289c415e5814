// The portfolio as files: an Excel workbook (exceljs) with the rows, totals per chapter/item and per
// centre, and a CSV of the rows for Norwegian Excel (UTF-8 with BOM, semicolons, decimal comma,
// CRLF; text that a spreadsheet would read as a formula is neutralised with a leading ').
// Amounts leave here in kroner; the "Rammer" sheet has the import's columns, so it can be
// edited and imported again (its "Sum" row is skipped by the import).
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { Figures, Portfolio } from '../commands/buildPortfolio.js';
import { oreToKronerNumber, plainKroner } from '../../common/money.js';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const accountsStatusNames = { submitted: 'innsendt', returned: 'sendt tilbake', approved: 'godkjent' } as const;

const figureColumns: { header: string; key: keyof Figures }[] = [
  { header: 'Ramme (kr)', key: 'frameOre' },
  { header: 'Utbetalt (kr)', key: 'paidOre' },
  { header: 'Gjenstår (kr)', key: 'remainingOre' },
  { header: 'Brukt (kr)', key: 'spentOre' },
  { header: 'Ubrukt (kr)', key: 'unspentOre' },
];

export const rowsSheetName = 'Rammer';
const rowHeaders = ['Senter', 'Navn', 'År', 'Kapittel', 'Post', ...figureColumns.map((c) => c.header), 'Regnskap'];

const kronerFormat = '#,##0.00';

function addSheet(workbook: ExcelJS.Workbook, name: string, labels: string[], widths: number[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [...labels, ...figureColumns.map((c) => c.header)].map((header, index) => ({
    header,
    width: widths[index] ?? 16,
  }));
  sheet.getRow(1).font = { bold: true };
  for (let column = labels.length + 1; column <= labels.length + figureColumns.length; column++)
    sheet.getColumn(column).numFmt = kronerFormat;
  return sheet;
}

const figures = (row: Figures) => figureColumns.map((column) => oreToKronerNumber(row[column.key]));

export async function portfolioWorkbook(portfolio: Portfolio): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styringsdialog';
  workbook.created = new Date();

  const rows = addSheet(workbook, rowsSheetName, ['Senter', 'Navn', 'År', 'Kapittel', 'Post'], [14, 40, 8, 10, 8]);
  rows.getColumn(rowHeaders.length).header = 'Regnskap';
  for (const row of portfolio.rows)
    rows.addRow([
      row.centre.code,
      row.centre.name,
      portfolio.year,
      row.budgetLine.chapter,
      row.budgetLine.item,
      ...figures(row),
      row.accountsStatus ? accountsStatusNames[row.accountsStatus] : '',
    ]);
  rows.addRow(['Sum', '', portfolio.year, '', '', ...figures(portfolio.totals)]).font = { bold: true };

  const byLine = addSheet(workbook, 'Per kapittel og post', ['Kapittel', 'Post', 'Navn'], [10, 8, 30]);
  for (const line of portfolio.byLine)
    byLine.addRow([line.budgetLine.chapter, line.budgetLine.item, line.budgetLine.name, ...figures(line)]);
  byLine.addRow(['Sum', '', '', ...figures(portfolio.totals)]).font = { bold: true };

  const byCentre = addSheet(workbook, 'Per senter', ['Senter', 'Navn'], [14, 40]);
  for (const centre of portfolio.byCentre)
    byCentre.addRow([centre.centre.code, centre.centre.name, ...figures(centre)]);
  byCentre.addRow(['Sum', '', ...figures(portfolio.totals)]).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Rows as CSV. Text starting with =, +, -, @, tab or CR (also their full-width forms) gets a
 * leading ' so Excel shows it instead of running it as a formula (CSV injection). Amounts are given
 * as bigint øre and written as kroner with a decimal comma, untouched: "-1234,50" is a number.
 */
export function toCsv(rows: (string | number | bigint)[][]): string {
  return stringify(rows, {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // A line break inside a cell is quoted too, not only the CRLF between records.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { bigint: (ore) => plainKroner(ore) },
  });
}

export function portfolioCsv(portfolio: Portfolio): string {
  const kroner = (row: Figures) => figureColumns.map((column) => BigInt(row[column.key]));
  return toCsv([
    rowHeaders,
    ...portfolio.rows.map((row) => [
      row.centre.code,
      row.centre.name,
      portfolio.year,
      row.budgetLine.chapter,
      row.budgetLine.item,
      ...kroner(row),
      row.accountsStatus ? accountsStatusNames[row.accountsStatus] : '',
    ]),
    ['Sum', '', portfolio.year, '', '', ...kroner(portfolio.totals), ''],
  ]);
}
