// Imports one year of the municipal survey from CSV (read by csv-parse): parses and checks every line first (each
// problem named by line and column), then replaces that year's figures in one transaction with its audit row.
import { CsvError, parse } from 'csv-parse/sync';
import type { Info } from 'csv-parse/sync';
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import { Centre, SurveyIndicator } from '../models/index.js';
import { surveyChannels } from '../models/SurveyIndicator.js';
import type { ChannelCounts } from '../models/SurveyIndicator.js';
import { ValidationError } from '../errors.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { presentSurveyIndicator } from '../presenters/surveyIndicator.js';
import type { FieldProblem } from '../errors.js';
import { say } from '../i18n/language.js';

export interface IndicatorRow {
  subjectCode: string;
  centreId: number | null;
  centreGroup: string | null;
  respondents: number | null;
  contactedPct: number | null;
  channels: ChannelCounts | null;
}

const requiredColumns = ['centre', 'n', 'contacted_pct'] as const;
const knownColumns = new Set<string>([...requiredColumns, ...surveyChannels]);
const MAX_PROBLEMS = 20;
/** A survey year has one line per centre or group (about 15); more is not a survey. */
export const MAX_DATA_LINES = 1_000;
const MAX_COLUMNS = 50;

interface CsvLine {
  /** The line of the file the row ends on (1 for the header), blank lines counted. */
  line: number;
  cells: string[];
}

/**
 * Reads CSV text with csv-parse: a BOM, "quoted" cells (with "" escapes, separators and line breaks
 * inside), \r\n, \n or \r line ends. Rows may differ in length (checked below with their line);
 * blank rows are left out. A file csv-parse cannot read (an unclosed quote) is one problem with its line.
 */
function readCsv(text: string, delimiter: ';' | ','): CsvLine[] | FieldProblem {
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { info: Info; record: string[] }[]; // `info: true` gives records with their info
    return records
      .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
      .map(({ info, record }) => ({ line: info.lines, cells: record }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : null;
    const what =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? say('en celle med anførselstegn er ikke lukket', 'a quoted cell is not closed')
        : say('filen kan ikke leses som CSV', error.message);
    return {
      field: 'body.csv',
      message: say(`${line ? `linje ${line}: ` : ''}${what.nb}`, `${line ? `line ${line}: ` : ''}${what.en}`),
    };
  }
}

/** Parses and checks the CSV against the centres; throws a 400 naming body.csv with every problem. */
export async function parseIndicatorCsv(csv: string, transaction?: Transaction): Promise<IndicatorRow[]> {
  const text = csv.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const read = readCsv(text, firstLine.includes(';') ? ';' : ',');
  if (!Array.isArray(read)) throw ValidationError([read]);
  const rows = read.map(({ cells }) => cells);
  const problems: FieldProblem[] = [];
  const problem = (nb: string, en: string) => problems.push({ field: 'body.csv', message: say(nb, en) });

  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const headerLine = read[0]?.line ?? 1;
  // Limits first, so a hostile file costs one short answer, not a problem per line or column.
  if (header.length > MAX_COLUMNS)
    problem(
      `linje ${headerLine}: har ${header.length} kolonner; høyst ${MAX_COLUMNS}`,
      `line ${headerLine}: has ${header.length} columns; at most ${MAX_COLUMNS}`,
    );
  if (rows.length - 1 > MAX_DATA_LINES)
    problem(
      `har ${rows.length - 1} datalinjer; høyst ${MAX_DATA_LINES} (én linje per senter eller gruppe)`,
      `has ${rows.length - 1} data lines; at most ${MAX_DATA_LINES} (one line per centre or group)`,
    );
  if (problems.length) throw ValidationError(problems);
  for (const column of requiredColumns)
    if (!header.includes(column))
      problem(
        `linje ${headerLine}: overskriften mangler kolonnen "${column}"`,
        `line ${headerLine}: the header needs a column "${column}"`,
      );
  for (const column of header)
    if (!knownColumns.has(column))
      problem(
        `linje ${headerLine}: ukjent kolonne "${column}" (kjente: ${[...knownColumns].join(', ')})`,
        `line ${headerLine}: unknown column "${column}" (known: ${[...knownColumns].join(', ')})`,
      );
  if (rows.length < 2) problem('har ingen datalinjer under overskriften', 'has no data lines under the header');
  if (problems.length) throw ValidationError(problems.slice(0, MAX_PROBLEMS));

  const centres = await Centre.findAll({ transaction });
  const byCode = new Map(centres.map((centre) => [centre.code, centre]));
  const groups = new Set(centres.flatMap((centre) => (centre.group ? [centre.group.toUpperCase()] : [])));

  const seen = new Map<string, number>();
  const parsed: IndicatorRow[] = [];
  read.slice(1).forEach(({ cells, line }) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (cells.length !== header.length) {
      problem(
        `linje ${line}: har ${cells.length} celler, overskriften har ${header.length}`,
        `line ${line}: has ${cells.length} cells, the header has ${header.length}`,
      );
      return;
    }
    const value = (column: string) => cells[header.indexOf(column)]?.trim() ?? '';
    const number = (column: string, max: number): number | null => {
      const raw = value(column).replace(/\s/g, '').replace(/%$/, '');
      if (raw === '' || raw === '-') return null;
      if (!/^\d+$/.test(raw) || Number(raw) > max) {
        problem(
          `linje ${line}, kolonne ${column}: "${value(column)}" må være et helt tall fra 0 til ${max}`,
          `line ${line}, column ${column}: "${value(column)}" must be a whole number from 0 to ${max}`,
        );
        return null;
      }
      return Number(raw);
    };
    const code = value('centre').toUpperCase();
    const centre = byCode.get(code);
    if (!code) problem(`linje ${line}, kolonne centre: er tom`, `line ${line}, column centre: is empty`);
    else if (!centre && !groups.has(code))
      problem(
        `linje ${line}, kolonne centre: ukjent senter eller gruppe "${code}"`,
        `line ${line}, column centre: unknown centre or group "${code}"`,
      );
    else if (seen.has(code))
      problem(
        `linje ${line}, kolonne centre: "${code}" står allerede på linje ${seen.get(code)}`,
        `line ${line}, column centre: "${code}" is already on line ${seen.get(code)}`,
      );
    seen.set(code, line);
    const respondents = number('n', 100_000);
    const contactedPct = number('contacted_pct', 100);
    const hasChannels = surveyChannels.some((channel) => header.includes(channel));
    const channels = hasChannels
      ? (Object.fromEntries(
          surveyChannels.map((channel) => [channel, header.includes(channel) ? number(channel, 100_000) : null]),
        ) as ChannelCounts)
      : null;
    if (respondents !== null && channels)
      for (const channel of surveyChannels) {
        const count = channels[channel];
        if (count !== null && count > respondents)
          problem(
            `linje ${line}, kolonne ${channel}: ${count} er mer enn n (${respondents})`,
            `line ${line}, column ${channel}: ${count} is more than n (${respondents})`,
          );
      }
    parsed.push({
      subjectCode: code,
      centreId: centre?.id ?? null,
      centreGroup: centre ? null : code,
      respondents,
      contactedPct,
      channels,
    });
  });
  if (problems.length) throw ValidationError(problems.slice(0, MAX_PROBLEMS));
  return parsed;
}

/** The year's figures as the API sends them. */
async function presentYear(year: number, transaction: Transaction) {
  const rows = await SurveyIndicator.findAll({
    where: { year },
    include: [{ model: Centre, as: 'centre' }],
    order: [['subjectCode', 'ASC']],
    transaction,
  });
  return rows.map(presentSurveyIndicator);
}

/**
 * Replaces every figure of the year with the CSV's lines, in one transaction with its audit row
 * (the year before and after); a bad line writes nothing. Answers the year's figures.
 */
export async function importIndicators(req: Request, year: number, csv: string) {
  return withTransaction(async (transaction) => {
    const rows = await parseIndicatorCsv(csv, transaction);
    const before = await presentYear(year, transaction);
    await SurveyIndicator.destroy({ where: { year }, transaction });
    await SurveyIndicator.bulkCreate(
      rows.map((row) => ({ ...row, year })),
      { transaction },
    );
    const after = await presentYear(year, transaction);
    await recordAudit(transaction, {
      req,
      action: 'import',
      entityType: 'SurveyIndicator',
      entityId: `year:${year}`,
      before,
      after,
    });
    return after;
  });
}
