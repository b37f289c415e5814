// Small real documents for upload tests: uploads are checked by their bytes, so a test file must
// be what its name says (a PDF with a cross-reference table, an image with its header, an Office
// or OpenDocument zip with the parts that name its type).
import { zipOf } from './zips.js';
import yazl from 'yazl';

/** A valid one-page PDF, padded with a comment line to `size` bytes when that is above its own size. */
export function minimalPdf(size = 0): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  const build = (padding: number) => {
    let pdf = `%PDF-1.4\n${padding >= 2 ? `%${'x'.repeat(padding - 2)}\n` : ''}`;
    const offsets: number[] = [];
    objects.forEach((body, index) => {
      offsets.push(Buffer.byteLength(pdf));
      pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = Buffer.byteLength(pdf);
    pdf +=
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
      offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
      `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(pdf);
  };
  let padding = 0;
  let pdf = build(padding);
  if (pdf.length >= size) return pdf;
  // The offsets gain a digit now and then as the padding grows: settle in a few steps.
  for (let step = 0; step < 5 && pdf.length !== size; step++) {
    padding = Math.max(2, padding + size - pdf.length);
    pdf = build(padding);
  }
  return pdf;
}

/** 1×1 pixel images. */
export const minimalPng = () =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
export const minimalGif = () => Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
export const minimalJpeg = () =>
  Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  );

/** An Office Open XML package whose [Content_Types].xml names its main part (docx, pptx). */
export function officeDocument(kind: 'docx' | 'pptx'): Promise<Buffer> {
  const main =
    kind === 'docx'
      ? { part: 'word/document.xml', type: 'wordprocessingml.document.main+xml' }
      : { part: 'ppt/presentation.xml', type: 'presentationml.presentation.main+xml' };
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Override PartName="/${main.part}" ContentType="application/vnd.openxmlformats-officedocument.${main.type}"/>` +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main.part}"/>` +
      '</Relationships>',
    [main.part]: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><document/>',
  });
}

/** An OpenDocument text: its first part is the uncompressed "mimetype". */
export async function openDocumentText(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('application/vnd.oasis.opendocument.text'), 'mimetype', { compress: false });
  zip.addBuffer(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><office:document-content/>'), 'content.xml');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
