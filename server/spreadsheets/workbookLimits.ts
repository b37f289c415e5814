// The limits of an uploaded Excel workbook, checked on its zip before exceljs parses anything: a
// small .xlsx can unpack to hundreds of megabytes, or hold 100 000 rows, and exceljs reads it all
// into memory at once. yauzl reads the zip's directory and inflates each part with the size the
// directory declares enforced (validateEntrySizes), so a part that lies about its size is an
// error, not a bomb. Parsing is then bounded by the unpacked size and the numbers of rows and cells.
import yauzl from 'yauzl';
import { ProblemError, SpreadsheetTooLarge } from '../errors.js';
import { say, type Localized } from '../i18n/language.js';

export const workbookLimits = {
  /** Everything in the zip, unpacked. A frame sheet of 5 000 rows with notes is about 3 MB. */
  unpackedBytes: 5 * 1024 * 1024,
  /** Rows over all sheets. A real frame sheet has about 30 centres × a few lines. */
  rows: 5_000,
  /** Cells over all sheets: on average 10 a row at the row limit. */
  cells: 50_000,
  /** Parts in the zip (an exceljs workbook has about 10, plus 2–3 a sheet). */
  entries: 1_000,
};

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
const count = (n: number) => n.toLocaleString('en-GB');

/** How many row and cell elements (<row …>, <c …>, not prefixed ones) a sheet's XML has. */
export function countRowsAndCells(xml: Buffer): { rows: number; cells: number } {
  const text = xml.toString('latin1');
  return { rows: text.match(/<row[\s/>]/g)?.length ?? 0, cells: text.match(/<c[\s/>]/g)?.length ?? 0 };
}

/**
 * Checks an uploaded workbook against `workbookLimits` without parsing it as a spreadsheet.
 * Throws 413 spreadsheet-too-large when it is beyond them; answers `{ ok: false }` with a message
 * when it is not a readable zip (then it is no .xlsx either).
 */
export const notWorkbook = say('er ikke en Excel-arbeidsbok (.xlsx)', 'is not an Excel workbook (.xlsx)');

export async function checkWorkbookLimits(file: Buffer): Promise<{ ok: true } | { ok: false; message: Localized }> {
  let zip: yauzl.ZipFile;
  try {
    // fromBuffer never closes by itself (autoClose is off for buffers); closed in `finally`.
    zip = await yauzl.fromBufferPromise(file, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    return { ok: false, message: notWorkbook };
  }
  try {
    // Checked before anything is inflated: what the zip's directory declares.
    if (zip.entryCount > workbookLimits.entries)
      throw SpreadsheetTooLarge(
        say(
          `har ${count(zip.entryCount)} deler; høyst ${count(workbookLimits.entries)}`,
          `has ${count(zip.entryCount)} parts; at most ${count(workbookLimits.entries)}`,
        ),
      );
    let declared = 0;
    let rows = 0;
    let cells = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > workbookLimits.unpackedBytes)
        throw SpreadsheetTooLarge(
          say(
            `pakkes ut til mer enn ${megabytes(workbookLimits.unpackedBytes)}; et rammeark er langt mindre`,
            `unpacks to more than ${megabytes(workbookLimits.unpackedBytes)}; a frame sheet is far smaller`,
          ),
        );
      if (entry.fileName.endsWith('/')) continue;
      // Inflated for real: yauzl stops with an error as soon as a part gives more than it declared.
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      const found = countRowsAndCells(Buffer.concat(chunks));
      rows += found.rows;
      cells += found.cells;
    }
    if (rows > workbookLimits.rows)
      throw SpreadsheetTooLarge(
        say(
          `har ${count(rows)} rader; importer høyst ${count(workbookLimits.rows)} om gangen`,
          `has ${count(rows)} rows; import at most ${count(workbookLimits.rows)} at a time`,
        ),
      );
    if (cells > workbookLimits.cells)
      throw SpreadsheetTooLarge(
        say(
          `har ${count(cells)} celler; importer høyst ${count(workbookLimits.cells)} om gangen`,
          `has ${count(cells)} cells; import at most ${count(workbookLimits.cells)} at a time`,
        ),
      );
    return { ok: true };
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    // A damaged zip: a part longer than declared, an unknown compression, encryption, a bad header.
    return {
      ok: false,
      message: say(
        'er ikke en lesbar Excel-arbeidsbok (.xlsx): zip-filen er skadet',
        'is not a readable Excel workbook (.xlsx): its zip is damaged',
      ),
    };
  } finally {
    zip.close();
  }
}
