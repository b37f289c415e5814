// Reads budget frames from an Excel sheet: a header row naming the columns (Senter, År, Kapittel,
// Post, Ramme (kr), optional Merknad — in any order, Norwegian or English), then one frame per row.
// Every problem is reported with its row and column; nothing is looked up in the database here.
// The workbook's zip is checked against workbookLimits first (413 beyond them). A CSV file (the
// portfolio's CSV export: semicolons, decimal comma; or commas) is read into a sheet of the same
// shape, so its rows are checked alike and its problems named by line and column letter.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { FieldProblem } from '../errors.js';
import { isLocalized, say, type Localized } from '../i18n/language.js';
import { parseKroner } from '../../common/money.js';
import { rowsSheetName } from './portfolioExport.js';
import { checkWorkbookLimits, notWorkbook, workbookLimits } from './workbookLimits.js';

export interface SheetFrame {
  row: number;
  centreCode: string;
  year: number;
  chapter: number;
  item: number;
  amountOre: number;
  note: string | null;
  /** Column letters, for problems found later (unknown centre, no such budget line). */
  columns: Record<'centre' | 'year' | 'chapter' | 'item' | 'amount', string>;
}

type Key = 'centre' | 'year' | 'chapter' | 'item' | 'amount' | 'note';

const headerAliases: Record<Key, string[]> = {
  centre: ['senter', 'centre', 'center', 'senterkode', 'kode'],
  year: ['år', 'ar', 'year'],
  chapter: ['kapittel', 'kap', 'kap.', 'chapter'],
  item: ['post', 'item'],
  amount: ['ramme (kr)', 'ramme', 'beløp (kr)', 'beløp', 'belop', 'amount', 'amount (nok)', 'frame (nok)'],
  note: ['merknad', 'note', 'kommentar'],
};
const headerNames: Record<Key, string> = {
  centre: 'Senter',
  year: 'År',
  chapter: 'Kapittel',
  item: 'Post',
  amount: 'Ramme (kr)',
  note: 'Merknad',
};

/** A cell's value as plain data: formulas give their result, rich text its text. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('result' in value) return plain(value.result);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return value.text;
  if ('error' in value) return { error: value.error };
  return null;
}

const isBlank = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

function integer(value: unknown, min: number, max: number): number | Localized {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number))
    return say('må være et helt tall', 'must be a whole number');
  if (number < min || number > max) return say(`må være mellom ${min} og ${max}`, `must be between ${min} and ${max}`);
  return number;
}

/** parseKroner's refusal (English) in both languages. */
function amountMessage(message: string): Localized {
  const known: Record<string, string> = {
    'is too large': 'er for stort',
    'is not a number': 'er ikke et tall',
    'must not be negative': 'kan ikke være negativt',
    'must have at most two decimals (whole øre)': 'kan ha høyst to desimaler (hele øre)',
    'must be an amount in kroner': 'må være et beløp i kroner',
    'is empty': 'er tomt',
  };
  if (known[message]) return say(known[message], message);
  const notAmount = /^is not an amount in kroner: (.*)$/.exec(message);
  if (notAmount) return say(`er ikke et beløp i kroner: ${notAmount[1]}`, message);
  const ambiguous = /^is ambiguous \(thousands or three decimals\?\): write (".*") or at most two decimals$/.exec(
    message,
  );
  if (ambiguous)
    return say(`er tvetydig (tusener eller tre desimaler?): skriv ${ambiguous[1]} eller høyst to desimaler`, message);
  return say('er ikke et gyldig beløp', message);
}

/** An .xlsx is a zip, which starts "PK\x03\x04"; anything else is read as CSV text. */
const isZip = (file: Buffer) => file.length >= 4 && file.readUInt32LE(0) === 0x04034b50;

/** The CSV's lines as a sheet (line n is row n), or what is wrong with it. */
function csvSheet(file: Buffer): ExcelJS.Worksheet | Localized {
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  const header = text.slice(0, text.search(/\r?\n|$/));
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: header.includes(';') ? ';' : ',',
      relax_column_count: true,
      skip_empty_lines: false,
      to_line: workbookLimits.rows + 1,
    });
  } catch {
    return say(
      'er verken en Excel-arbeidsbok (.xlsx) eller en lesbar CSV-fil',
      'is neither an Excel workbook (.xlsx) nor a readable CSV file',
    );
  }
  if (records.length > workbookLimits.rows)
    return say(`har mer enn ${workbookLimits.rows} linjer`, `has more than ${workbookLimits.rows} lines`);
  const sheet = new ExcelJS.Workbook().addWorksheet(rowsSheetName);
  for (const record of records) sheet.addRow(record.map((value) => (value.startsWith("'") ? value.slice(1) : value)));
  return sheet;
}

export async function readFrameSheet(
  file: Buffer,
): Promise<{ frames: SheetFrame[]; problems: FieldProblem[]; sheetName: string }> {
  const problems: FieldProblem[] = [];
  const problem = (row: number, column: string, message: Localized) =>
    problems.push({ field: 'file', row, column, message });
  let sheet: ExcelJS.Worksheet | undefined;
  if (isZip(file)) {
    // Too large → 413 before exceljs reads anything; not a workbook → the problem below.
    const limits = await checkWorkbookLimits(file);
    if (!limits.ok) return { frames: [], problems: [{ field: 'file', message: limits.message }], sheetName: '' };
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(file as unknown as ArrayBuffer);
    } catch {
      return {
        frames: [],
        problems: [{ field: 'file', message: notWorkbook }],
        sheetName: '',
      };
    }
    sheet = workbook.getWorksheet(rowsSheetName) ?? workbook.worksheets[0];
  } else {
    const read = csvSheet(file);
    if (isLocalized(read)) return { frames: [], problems: [{ field: 'file', message: read }], sheetName: '' };
    sheet = read;
  }
  if (!sheet)
    return {
      frames: [],
      problems: [{ field: 'file', message: say('arbeidsboken har ikke noe ark', 'the workbook has no sheet') }],
      sheetName: '',
    };

  const columns = new Map<Key, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const raw = plain(cell.value);
    const header = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    for (const [key, aliases] of Object.entries(headerAliases) as [Key, string[]][])
      if (aliases.includes(header) && !columns.has(key)) columns.set(key, column);
  });
  const letter = (column: number) => sheet.getColumn(column).letter;
  for (const key of ['centre', 'year', 'chapter', 'item', 'amount'] as const)
    if (!columns.has(key))
      problem(
        1,
        '',
        say(
          `overskriftsraden har ingen kolonne «${headerNames[key]}»`,
          `the header row has no “${headerNames[key]}” column`,
        ),
      );
  if (problems.length) return { frames: [], problems, sheetName: sheet.name };

  const frames: SheetFrame[] = [];
  const columnOf = (key: Key) => columns.get(key)!;
  sheet.eachRow({ includeEmpty: false }, (sheetRow, row) => {
    if (row === 1) return;
    const value = (key: Key) => (columns.has(key) ? plain(sheetRow.getCell(columnOf(key)).value) : null);
    if ((['centre', 'year', 'chapter', 'item', 'amount'] as const).every((key) => isBlank(value(key)))) return;
    // The export's totals row.
    if (typeof value('centre') === 'string' && (value('centre') as string).trim().toLowerCase() === 'sum') return;
    const before = problems.length;

    const centreValue = value('centre');
    const centreCode = typeof centreValue === 'string' ? centreValue.trim().toUpperCase() : '';
    if (!centreCode)
      problem(
        row,
        letter(columnOf('centre')),
        say('Senter: senterkode må fylles ut', 'Senter: a centre code is required'),
      );
    const numbers = {} as Record<'year' | 'chapter' | 'item', number>;
    for (const [key, min, max] of [
      ['year', 2000, 2100],
      ['chapter', 1, 9999],
      ['item', 1, 99],
    ] as const) {
      const parsed = integer(value(key), min, max);
      if (typeof parsed !== 'number')
        problem(
          row,
          letter(columnOf(key)),
          say(`${headerNames[key]}: ${parsed.nb}`, `${headerNames[key]}: ${parsed.en}`),
        );
      else numbers[key] = parsed;
    }
    const amount = parseKroner(value('amount'));
    if (!amount.ok) {
      const message = amountMessage(amount.message);
      problem(
        row,
        letter(columnOf('amount')),
        say(`${headerNames.amount}: ${message.nb}`, `${headerNames.amount}: ${message.en}`),
      );
    }
    const noteValue = value('note');
    const note = isBlank(noteValue) ? null : String(noteValue).trim();
    if (note && note.length > 500)
      problem(row, letter(columnOf('note')), say('Merknad: høyst 500 tegn', 'Merknad: at most 500 characters'));
    if (problems.length > before || !amount.ok) return;
    frames.push({
      row,
      centreCode,
      year: numbers.year,
      chapter: numbers.chapter,
      item: numbers.item,
      amountOre: amount.ore,
      note,
      columns: {
        centre: letter(columnOf('centre')),
        year: letter(columnOf('year')),
        chapter: letter(columnOf('chapter')),
        item: letter(columnOf('item')),
        amount: letter(columnOf('amount')),
      },
    });
  });
  if (!frames.length && !problems.length)
    problem(
      2,
      '',
      say('arket har ingen rammer under overskriftsraden', 'the sheet has no frames below the header row'),
    );
  return { frames, problems, sheetName: sheet.name };
}
