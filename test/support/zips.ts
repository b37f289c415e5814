// Zip files made to order for the tests of hostile uploads: a workbook's parts read out and put
// back with one part replaced, and a zip whose directory lies about a part's size.
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';

/** Every file in a zip, unpacked. */
export async function partsOf(zip: Buffer): Promise<Record<string, Buffer>> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  const parts: Record<string, Buffer> = {};
  for await (const entry of file.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    parts[entry.fileName] = Buffer.concat(chunks);
  }
  return parts;
}

/** A zip of the given files, deflated. */
export async function zipOf(parts: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(parts))
    zip.addBuffer(typeof content === 'string' ? Buffer.from(content) : content, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The parts of a small real workbook (exceljs), whose sheet or shared strings a test replaces. */
export async function workbookParts(): Promise<Record<string, Buffer>> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Ark1').addRow(['Senter', 'År', 'Kapittel', 'Post', 'Ramme (kr)']);
  return partsOf(Buffer.from(await book.xlsx.writeBuffer()));
}

/** A worksheet's XML with the given <row> elements as its data. */
export function sheetXml(rows: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${rows}</sheetData></worksheet>`
  );
}

/**
 * The zip with the named part's uncompressed size rewritten in both its headers: a directory
 * that says the part is small while it inflates to much more.
 */
export function withDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (let at = 0; at < out.length - 46; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50 && out.subarray(at + 30, at + 30 + nameBytes.length).equals(nameBytes))
      out.writeUInt32LE(size, at + 22); // local file header
    if (signature === 0x02014b50 && out.subarray(at + 46, at + 46 + nameBytes.length).equals(nameBytes))
      out.writeUInt32LE(size, at + 24); // central directory
  }
  return out;
}
