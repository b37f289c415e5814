import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { attachmentDisposition, checkDocuments, servedContentType } from '../../../server/storage/fileTypes.js';
import { ProblemError } from '../../../server/errors.js';
import {
  minimalGif,
  minimalJpeg,
  minimalPdf,
  minimalPng,
  officeDocument,
  openDocumentText,
} from '../../support/documents.js';
import { zipOf } from '../../support/zips.js';

const refusal = async (files: { originalname: string; buffer: Buffer }[]) => {
  const error = await checkDocuments('body.files', files).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(ProblemError);
  return error as ProblemError;
};

describe('server/storage/fileTypes', () => {
  it('takes documents by their bytes and records the detected type, not the name’s', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ark1').addRow(['Senter']);
    const files = [
      { originalname: 'rapport.PDF', buffer: minimalPdf() },
      { originalname: 'brev.docx', buffer: await officeDocument('docx') },
      { originalname: 'tall.xlsx', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) },
      { originalname: 'lysark.pptx', buffer: await officeDocument('pptx') },
      { originalname: 'notat.odt', buffer: await openDocumentText() },
      { originalname: 'bilde.png', buffer: minimalPng() },
      { originalname: 'foto.jpeg', buffer: minimalJpeg() },
      { originalname: 'foto.jpg', buffer: minimalJpeg() },
      { originalname: 'anim.gif', buffer: minimalGif() },
      { originalname: 'notat æøå.txt', buffer: Buffer.from('Notat: <script>alert(1)</script> æøå') },
      { originalname: 'tall.csv', buffer: Buffer.from('\ufeffsenter;beløp\nNAPHA;1') },
    ];
    const checked = await checkDocuments('body.files', files);
    expect(checked.map((file) => [file.filename, file.contentType])).to.deep.equal([
      ['rapport.PDF', 'application/pdf'],
      ['brev.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['tall.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['lysark.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['notat.odt', 'application/vnd.oasis.opendocument.text'],
      ['bilde.png', 'image/png'],
      ['foto.jpeg', 'image/jpeg'],
      ['foto.jpg', 'image/jpeg'],
      ['anim.gif', 'image/gif'],
      ['notat æøå.txt', 'text/plain'],
      ['tall.csv', 'text/csv'],
    ]);
    expect(checked[0]!.content).to.equal(files[0]!.buffer);
  });

  it('refuses with 415 naming each file: HTML, scripts, SVG, programs, zips, a PDF named .html, non-UTF-8 or NUL text', async () => {
    const cases: [string, Buffer, string][] = [
      ['side.html', Buffer.from('<!doctype html><script>alert(1)</script>'), '“side.html” is not PDF, Word'],
      ['skript.js', Buffer.from('fetch("/api/users")'), '“skript.js” is not PDF'],
      ['tegning.svg', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'application/xml'],
      ['program.exe', Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), '“program.exe” is'],
      ['pakke.zip', await zipOf({ 'a.txt': 'a' }), 'application/zip'],
      ['polyglot.html', minimalPdf(), '“polyglot.html” is a PDF document, but its name does not end in .pdf'],
      ['rapport', minimalPdf(), 'does not end in .pdf'],
      ['bilde.pdf', minimalPng(), '“bilde.pdf” is a PNG image, but its name does not end in .png'],
      ['latin1.csv', Buffer.from('senter;bel\xf8p\n', 'latin1'), '“latin1.csv” is not UTF-8 text'],
      ['nul.txt', Buffer.from('a\u0000b'), '“nul.txt” is not UTF-8 text'],
    ];
    for (const [name, bytes, message] of cases) {
      const error = await refusal([{ originalname: name, buffer: bytes }]);
      expect(error.status, name).to.equal(415);
      expect(error.title).to.deep.equal({ nb: 'Filtypen støttes ikke', en: 'File type not supported' });
      expect(error.errors).to.have.length(1);
      expect(error.errors![0]!.field).to.equal('body.files');
      expect(error.errors![0]!.message.en, name).to.include(message);
    }
    // One bad file among good ones refuses them all, naming only the bad one.
    const mixed = await refusal([
      { originalname: 'ok.pdf', buffer: minimalPdf() },
      { originalname: 'evil.html', buffer: Buffer.from('<h1>x</h1>') },
    ]);
    expect(mixed.errors!.map((e) => e.message.en)).to.deep.equal([
      '“evil.html” is not PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF or UTF-8 text (.txt, .csv)',
    ]);
    expect(mixed.detail?.en).to.match(/evil\.html.*Nothing was stored\.$/);
  });

  it('refuses with 400 an empty file and names with control characters or over 255 characters', async () => {
    const cases: [string, Buffer, string][] = [
      ['tom.pdf', Buffer.alloc(0), '“tom.pdf” is empty (0 bytes)'],
      ['a\u0000b.pdf', minimalPdf(), 'the file name “a�b.pdf” has control characters'],
      ['linje\r\nskift.pdf', minimalPdf(), 'has control characters'],
      ['rapport\u202efdp.exe', minimalPdf(), 'has control characters'],
      [`${'x'.repeat(252)}.pdf`, minimalPdf(), `“${'x'.repeat(60)}…” has 256 characters; at most 255`],
      ['   ', minimalPdf(), 'a file has no name'],
    ];
    for (const [name, bytes, message] of cases) {
      const error = await refusal([{ originalname: name, buffer: bytes }]);
      expect(error.status, JSON.stringify(name)).to.equal(400);
      expect(error.errors).to.deep.equal([{ field: 'body.files', message: error.errors![0]!.message }]);
      expect(error.errors![0]!.message.en).to.include(message);
    }
    // 255 characters (counted as characters, not UTF-16 units) are fine.
    const emoji = `${'😀'.repeat(251)}.pdf`;
    expect(await checkDocuments('body.files', [{ originalname: emoji, buffer: minimalPdf() }])).to.have.length(1);
  });

  it('serves only checked types; anything else recorded goes out as bytes', () => {
    expect(servedContentType('application/pdf')).to.equal('application/pdf');
    expect(servedContentType('text/csv')).to.equal('text/csv; charset=utf-8');
    expect(servedContentType('text/html')).to.equal('application/octet-stream');
    expect(servedContentType('text/javascript')).to.equal('application/octet-stream');
    expect(servedContentType('image/svg+xml')).to.equal('application/octet-stream');
  });

  it('names a download in Content-Disposition with an ASCII stand-in and the exact name as filename*', () => {
    expect(attachmentDisposition('rapport.pdf')).to.equal(
      `attachment; filename="rapport.pdf"; filename*=UTF-8''rapport.pdf`,
    );
    expect(attachmentDisposition('Årsrapport (endelig) 100%.pdf')).to.equal(
      `attachment; filename="_rsrapport (endelig) 100_.pdf"; filename*=UTF-8''%C3%85rsrapport%20%28endelig%29%20100%25.pdf`,
    );
    expect(attachmentDisposition('a"b\\c\r\nd.txt')).to.equal(
      `attachment; filename="a_b_c__d.txt"; filename*=UTF-8''a%22b%5Cc%0D%0Ad.txt`,
    );
    expect(attachmentDisposition('x\ud800.txt')).to.equal(
      `attachment; filename="x_.txt"; filename*=UTF-8''x%EF%BF%BD.txt`,
    );
  });

  it('makes test PDFs of an exact size', () => {
    for (const size of [0, 400, 2_000, 10_000, 1024 * 1024 + 1]) {
      const pdf = minimalPdf(size);
      if (size > 400) expect(pdf.length).to.equal(size);
      const text = pdf.toString('latin1');
      const xref = Number(/startxref\n(\d+)\n/.exec(text)![1]);
      expect(text.slice(xref, xref + 4)).to.equal('xref');
      const firstObject = Number(/\n(\d{10}) 00000 n /.exec(text)![1]);
      expect(text.slice(firstObject, firstObject + 7)).to.equal('1 0 obj');
    }
  });
});
