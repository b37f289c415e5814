// The archive extract of a demo year: a zip whose arkivstruktur.xml validates against the Noark 5
// v5.0 schema (xmllint), whose every dokumentobjekt's sjekksum is its file's SHA-256, and whose
// checksum list matches; incoming entries (an acceptance, a hand-in) sit beside the issued letters.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'chai';
import { as } from '../../support/http.js';
import { partsOf } from '../../support/zips.js';
import { minimalPdf } from '../../support/documents.js';
import { Deadline } from '../../../server/models/index.js';
import { openDeadlineStatuses } from '../../../server/models/Deadline.js';
import { letterInReview } from '../../support/letters.js';
import { loginAs, makeCentre, makeUser } from '../../support/factories.js';
import { testYears } from '../../support/testYears.js';

const schema = resolve('../shared/reference/noark5/arkivstruktur.xsd');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function extractOf(year: number) {
  const reply = await (await as('auditor')).getBytes(`/api/archive/export?year=${year}`);
  expect(reply.status, reply.bytes.toString('utf8').slice(0, 300)).to.equal(200);
  expect(reply.headers.get('content-type')).to.equal('application/zip');
  const parts = await partsOf(reply.bytes);
  const dir = mkdtempSync(join(tmpdir(), `extract-${year}-`));
  for (const [name, bytes] of Object.entries(parts)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return { parts, dir, xml: parts['arkivstruktur.xml']!.toString('utf8') };
}

function expectValidAndComplete({ parts, dir, xml }: Awaited<ReturnType<typeof extractOf>>) {
  const lint = spawnSync('xmllint', ['--noout', '--schema', schema, join(dir, 'arkivstruktur.xml')], {
    encoding: 'utf8',
  });
  expect(lint.status, lint.stderr).to.equal(0);
  const objects = [...xml.matchAll(/<dokumentobjekt>([\s\S]*?)<\/dokumentobjekt>/g)].map((m) => m[1]!);
  expect(objects.length).to.be.greaterThan(0);
  for (const object of objects) {
    const path = /<referanseDokumentfil>(.*?)<\/referanseDokumentfil>/.exec(object)![1]!;
    expect(parts[path], path).to.not.equal(undefined);
    expect(/<sjekksum>(.*?)<\/sjekksum>/.exec(object)![1]).to.equal(sha256(parts[path]!));
    expect(/<sjekksumAlgoritme>(.*?)<\/sjekksumAlgoritme>/.exec(object)![1]).to.equal('SHA256');
    expect(Number(/<filstoerrelse>(.*?)<\/filstoerrelse>/.exec(object)![1])).to.equal(parts[path]!.length);
  }
  // sha256sum's own check over the whole extract.
  execFileSync('sha256sum', ['--check', '--strict', 'sjekksummer.txt'], { cwd: dir });
  const listed = parts['sjekksummer.txt']!.toString('utf8').trim().split('\n');
  expect(listed).to.have.length(objects.length + 1);
}

describe('archive: the extract of a year', () => {
  it('holds the NAPHA 2009 letter under its case of the time, valid against the Noark 5 schema', async () => {
    const extract = await extractOf(2009);
    expectValidAndComplete(extract);
    expect(extract.xml).to.include('<saksaar>2009</saksaar>').and.include('<sakssekvensnummer>412</sakssekvensnummer>');
    expect(extract.xml).to.include('<journalposttype>Utgående dokument</journalposttype>');
    expect(extract.xml).to.include('<korrespondanseparttype>Mottaker</korrespondanseparttype>');
    expect(extract.xml).to.include('<format>PDF/A-2b</format>');
  });

  it('holds a year’s issued letter, its acceptance and a hand-in, valid and with matching checksums', async () => {
    // A centre and year of this test's own: other files hand in the seeded centres' deadlines.
    const year = testYears.archiveExtract;
    const centre = await makeCentre();
    const centreLeader = await loginAs(await makeUser('centre_leader', { centre }));
    const letterId = await letterInReview(centre.code, year);
    const issued = await (await as('caseOfficer')).post(`/api/letters/${letterId}/issue`);
    expect(issued.status, JSON.stringify(issued.body)).to.equal(200);
    const accepted = await centreLeader.post(`/api/letters/${letterId}/accept`, {
      bankAccount: '86011117947',
      confirmConditions: true,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(200);
    const deadline = await Deadline.findOne({
      where: { letterId, status: openDeadlineStatuses },
      order: [['dueDate', 'ASC']],
    });
    expect(deadline, 'an open deadline of the issued letter').to.not.equal(null);
    const handedIn = await centreLeader.upload(
      `/api/deadlines/${deadline!.id}/submissions`,
      'files',
      minimalPdf(),
      'plan.pdf',
    );
    expect(handedIn.status, JSON.stringify(handedIn.body)).to.equal(201);

    const extract = await extractOf(year);
    expectValidAndComplete(extract);
    expect(extract.xml).to.include('<journalposttype>Inngående dokument</journalposttype>');
    expect(extract.xml).to.include('<tittel>plan.pdf</tittel>');
    expect(extract.xml).to.match(/<tittel>Aksept: /);
  });

  it('is for admins and auditors only, and says when a year has nothing', async () => {
    expect((await (await as('caseOfficer')).getBytes('/api/archive/export?year=2009')).status).to.equal(403);
    expect((await (await as('admin')).getBytes('/api/archive/export?year=2001')).status).to.equal(404);
    expect((await (await as('admin')).getBytes('/api/archive/export?year=19')).status).to.equal(400);
  });
});
