// The stored PDF of an issued letter: tagged, titled, in its language, PDF/A-2b by its XMP, and the
// journal's document object holds the SHA-256 of exactly the bytes served.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { as } from '../../support/http.js';
import { ArchiveDocument, ArchiveEntry, LetterDocument } from '../../../server/models/index.js';

describe('archive: the stored letter PDF', () => {
  let letterId: number;
  let bytes: Buffer;
  let file: string;

  before(async () => {
    const officer = await as('caseOfficer');
    letterId = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0].id;
    const reply = await officer.getBytes(`/api/letters/${letterId}/pdf`);
    expect(reply.status).to.equal(200);
    bytes = reply.bytes;
    file = join(mkdtempSync(join(tmpdir(), 'letter-pdf-')), 'letter.pdf');
    writeFileSync(file, bytes);
  });

  it('is tagged, with its title and language', () => {
    const info = execFileSync('pdfinfo', [file]).toString('utf8');
    expect(info).to.match(/^Tagged:\s+yes$/m);
    expect(info).to.match(/^Title:\s+Oppstart av senteret i 2008/m);
    expect(bytes.toString('latin1')).to.include('/Lang (nb)');
    expect(bytes.toString('latin1')).to.include('/Outlines');
  });

  it('says PDF/A-2b in its XMP metadata and carries an sRGB OutputIntent', () => {
    const meta = execFileSync('pdfinfo', ['-meta', file]).toString('utf8');
    expect(meta).to.match(/pdfaid:part(>|=['"])2/);
    expect(meta).to.match(/pdfaid:conformance(>|=['"])B/);
    expect(bytes.toString('latin1')).to.include('/GTS_PDFA1');
  });

  it('is recorded in the journal with the SHA-256 of the bytes served', async () => {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const stored = await LetterDocument.findOne({ where: { letterId } });
    expect(stored!.sha256).to.equal(sha256);
    const entry = await ArchiveEntry.findOne({ where: { letterId, kind: 'letter' } });
    const documents = await ArchiveDocument.findAll({ where: { entryId: entry!.id } });
    expect(documents.map((d) => [d.sha256, d.byteSize, d.format])).to.deep.equal([[sha256, bytes.length, 'PDF/A-2b']]);
  });
});
