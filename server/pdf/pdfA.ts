// Makes Chromium's tagged PDF an archival PDF/A-2b file, keeping its tags. Ghostscript's pdfwrite
// (`gs -dPDFA=2`) would write PDF/A-2b too, but it drops the structure tree (Tagged: no) and a
// title with non-ASCII letters, so the accessible document would be lost; here pdf-lib adds what
// PDF/A-2b asks of the file instead: the XMP metadata with its identification (pdfaid part 2,
// conformance B) matching the document information, an sRGB OutputIntent (the ICC profile Debian's
// ghostscript package installs), a file identifier, and a plain cross-reference table. Fonts are
// embedded by Chromium. Not checked here by a PDF/A validator (veraPDF); see README.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ParseSpeeds, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { create } from 'xmlbuilder2';

export const srgbProfilePath = '/usr/share/color/icc/ghostscript/srgb.icc';
const producer = 'Styringsdialog (Chromium, pdf-lib)';

let srgbProfile: Buffer | null = null;
const profile = () => (srgbProfile ??= readFileSync(srgbProfilePath));

function xmpPacket(info: { title: string; language: string; created: Date; creator: string }): string {
  const iso = info.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xml = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('adobe:ns:meta/', 'x:xmpmeta')
    .ele('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf:RDF')
    .ele('rdf:Description', {
      'rdf:about': '',
      'xmlns:pdfaid': 'http://www.aiim.org/pdfa/ns/id/',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:xmp': 'http://ns.adobe.com/xap/1.0/',
      'xmlns:pdf': 'http://ns.adobe.com/pdf/1.3/',
    })
    .ele('pdfaid:part')
    .txt('2')
    .up()
    .ele('pdfaid:conformance')
    .txt('B')
    .up()
    .ele('dc:format')
    .txt('application/pdf')
    .up()
    .ele('dc:title')
    .ele('rdf:Alt')
    .ele('rdf:li', { 'xml:lang': 'x-default' })
    .txt(info.title)
    .up()
    .up()
    .up()
    .ele('dc:language')
    .ele('rdf:Bag')
    .ele('rdf:li')
    .txt(info.language)
    .up()
    .up()
    .up()
    .ele('xmp:CreateDate')
    .txt(iso)
    .up()
    .ele('xmp:ModifyDate')
    .txt(iso)
    .up()
    .ele('xmp:MetadataDate')
    .txt(iso)
    .up()
    .ele('xmp:CreatorTool')
    .txt(info.creator)
    .up()
    .ele('pdf:Producer')
    .txt(producer)
    .doc()
    .end({ headless: true });
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>${xml}<?xpacket end="w"?>`;
}

/** The same pages, tags, outline and fonts, identified and described as PDF/A-2b. */
export async function toPdfA(pdf: Buffer, fallback: { title: string; language: string }): Promise<Buffer> {
  // pdf-lib yields to the event loop every 100 objects while parsing and every 50 while writing;
  // for a letter (~100 KB, a few hundred objects) that made the pass 28 ms instead of 7. In one go
  // it holds the event loop for those few milliseconds only.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const title = doc.getTitle() || fallback.title;
  const language = doc.catalog.lookupMaybe(PDFName.of('Lang'), PDFString)?.decodeText() || fallback.language;
  const created = doc.getCreationDate() ?? new Date();
  const creator = 'Chromium';
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage(language);
  doc.setCreator(creator);
  doc.setProducer(producer);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  const { context, catalog } = doc;
  const metadata = context.stream(Buffer.from(xmpPacket({ title, language, created, creator }), 'utf8'), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  const icc = context.flateStream(profile(), { N: 3 });
  const outputIntent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: context.register(icc),
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(outputIntent)]));
  const id = PDFHexString.of(createHash('md5').update(pdf).digest('hex'));
  context.trailerInfo.ID = context.obj([id, id]);
  return Buffer.from(
    await doc.save({
      useObjectStreams: false,
      updateFieldAppearances: false,
      objectsPerTick: Number.POSITIVE_INFINITY,
    }),
  );
}
