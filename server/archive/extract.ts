// A year's archive extract (arkivuttrekk) as a zip: arkivstruktur.xml in Noark 5 v5.0 (arkiv →
// arkivdel → klassifikasjonssystem → klasse per centre → saksmappe for the centre and year →
// journalpost → dokumentbeskrivelse → dokumentobjekt with SHA-256), the documents under
// dokumenter/, and sjekksummer.txt (sha256sum's format, so `sha256sum -c` checks the whole extract).
// Every document is read and checked against its recorded SHA-256 before the zip starts; a file
// that does not match stops the extract.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import yazl from 'yazl';
import { ArchiveCase, ArchiveDocument, ArchiveEntry, ArchiveParty, Centre, LetterDocument } from '../models/index.js';
import { storage } from '../storage/index.js';
import { ensureLetterDocument, letterPdfFilename } from '../letters/letterDocument.js';
import { withTransaction } from '../db/transaction.js';
import { addDocument } from './journal.js';

const ns = 'http://www.arkivverket.no/standarder/noark5/arkivstruktur';
const xsi = 'http://www.w3.org/2001/XMLSchema-instance';
const system = 'Styringsdialog';

/** A stable UUID-shaped systemID for a row, so two extracts of a year name the same things alike. */
function systemId(kind: string, id: number | string): string {
  const h = createHash('sha256').update(`styringsdialog:${kind}:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const dateTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const partyTypes = { sender: 'Avsender', recipient: 'Mottaker', copy_recipient: 'Kopimottaker' } as const;

/** Issued letters whose PDF was never made (or made before the journal) get it now, as their document. */
async function completeLetterDocuments(entries: ArchiveEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.kind !== 'letter' || !entry.letterId || entry.documents?.length) continue;
    const made = await ensureLetterDocument(entry.letterId);
    await withTransaction(async (transaction) => {
      if (await ArchiveDocument.count({ where: { entryId: entry.id }, transaction })) return;
      const letter = await LetterDocument.findByPk(made.id, { transaction });
      await addDocument(
        entry,
        {
          role: 'main',
          title: entry.title,
          filename: letterPdfFilename(made.viewData.recipient.centreCode, made.viewData.year, entry.letterId!),
          format: 'PDF/A-2b',
          contentType: 'application/pdf',
          byteSize: letter!.byteSize,
          sha256: letter!.sha256,
          storageKey: letter!.storageKey,
        },
        transaction,
      );
    });
  }
}

async function loadCases(year: number): Promise<ArchiveCase[]> {
  return ArchiveCase.findAll({
    where: { year },
    include: [
      { model: Centre, as: 'centre' },
      {
        model: ArchiveEntry,
        as: 'entries',
        include: [
          { model: ArchiveParty, as: 'parties' },
          { model: ArchiveDocument, as: 'documents' },
        ],
      },
    ],
    order: [
      [{ model: Centre, as: 'centre' }, 'code', 'ASC'],
      [{ model: ArchiveEntry, as: 'entries' }, 'registryNumber', 'ASC'],
      [{ model: ArchiveEntry, as: 'entries' }, { model: ArchiveParty, as: 'parties' }, 'position', 'ASC'],
      [{ model: ArchiveEntry, as: 'entries' }, { model: ArchiveDocument, as: 'documents' }, 'documentNumber', 'ASC'],
    ],
  });
}

/** The path of a document inside the extract: unique by journal number and document number. */
const documentPath = (entry: ArchiveEntry, document: ArchiveDocument) =>
  `dokumenter/${entry.journalYear}-${entry.journalSequence}-${document.documentNumber}-${document.filename.replace(/[^\w.-]+/g, '_')}`;

function addEntry(mappe: XMLBuilder, entry: ArchiveEntry, created: string) {
  const post = mappe.ele(ns, 'registrering').att(xsi, 'xsi:type', 'journalpost');
  post.ele(ns, 'systemID').txt(systemId('entry', entry.id));
  post.ele(ns, 'opprettetDato').txt(dateTime(entry.createdAt));
  post.ele(ns, 'opprettetAv').txt(system);
  post.ele(ns, 'arkivertDato').txt(created);
  post.ele(ns, 'arkivertAv').txt(system);
  for (const document of entry.documents ?? []) {
    const description = post.ele(ns, 'dokumentbeskrivelse');
    description.ele(ns, 'systemID').txt(systemId('document', document.id));
    description.ele(ns, 'dokumenttype').txt(entry.kind === 'letter' ? 'Brev' : 'Rapport');
    description.ele(ns, 'dokumentstatus').txt('Dokumentet er ferdigstilt');
    description.ele(ns, 'tittel').txt(document.title);
    description.ele(ns, 'opprettetDato').txt(dateTime(document.createdAt));
    description.ele(ns, 'opprettetAv').txt(system);
    description.ele(ns, 'tilknyttetRegistreringSom').txt(document.role === 'main' ? 'Hoveddokument' : 'Vedlegg');
    description.ele(ns, 'dokumentnummer').txt(String(document.documentNumber));
    description.ele(ns, 'tilknyttetDato').txt(dateTime(document.createdAt));
    description.ele(ns, 'tilknyttetAv').txt(system);
    const object = description.ele(ns, 'dokumentobjekt');
    object.ele(ns, 'systemID').txt(systemId('object', document.id));
    object.ele(ns, 'versjonsnummer').txt('1');
    object.ele(ns, 'variantformat').txt(document.format.startsWith('PDF/A') ? 'Arkivformat' : 'Produksjonsformat');
    object.ele(ns, 'format').txt(document.format);
    object.ele(ns, 'opprettetDato').txt(dateTime(document.createdAt));
    object.ele(ns, 'opprettetAv').txt(system);
    object.ele(ns, 'referanseDokumentfil').txt(documentPath(entry, document));
    object.ele(ns, 'sjekksum').txt(document.sha256);
    object.ele(ns, 'sjekksumAlgoritme').txt('SHA256');
    object.ele(ns, 'filstoerrelse').txt(String(document.byteSize));
  }
  post.ele(ns, 'tittel').txt(entry.title);
  for (const party of entry.parties ?? []) {
    const part = post.ele(ns, 'korrespondansepart');
    part.ele(ns, 'korrespondanseparttype').txt(partyTypes[party.role]);
    part.ele(ns, 'korrespondansepartNavn').txt(party.name);
    if (party.postalAddress) part.ele(ns, 'postadresse').txt(party.postalAddress);
    if (party.email) part.ele(ns, 'epostadresse').txt(party.email);
    if (party.role !== 'sender' || entry.entryType === 'outgoing') part.ele(ns, 'saksbehandler').txt(entry.caseOfficer);
  }
  post.ele(ns, 'journalaar').txt(String(entry.journalYear));
  post.ele(ns, 'journalsekvensnummer').txt(String(entry.journalSequence));
  post.ele(ns, 'journalpostnummer').txt(String(entry.registryNumber));
  post.ele(ns, 'journalposttype').txt(entry.entryType === 'outgoing' ? 'Utgående dokument' : 'Inngående dokument');
  post.ele(ns, 'journalstatus').txt('Journalført');
  post.ele(ns, 'journaldato').txt(entry.journalDate);
  post.ele(ns, 'dokumentetsDato').txt(entry.documentDate);
}

export function arkivstruktur(year: number, cases: ArchiveCase[], now: Date): string {
  const created = dateTime(now);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ns, 'arkiv');
  root.att('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', xsi);
  root.att(xsi, 'xsi:schemaLocation', `${ns} arkivstruktur.xsd`);
  root.ele(ns, 'systemID').txt(systemId('arkiv', 'styringsdialog'));
  root.ele(ns, 'tittel').txt('Styringsdialog – tilskudd og oppdrag til kompetansesentre');
  root.ele(ns, 'opprettetDato').txt(created);
  root.ele(ns, 'opprettetAv').txt(system);
  root.ele(ns, 'avsluttetDato').txt(created);
  root.ele(ns, 'avsluttetAv').txt(system);
  const creator = root.ele(ns, 'arkivskaper');
  creator.ele(ns, 'arkivskaperID').txt('983544622');
  creator.ele(ns, 'arkivskaperNavn').txt('Helsedirektoratet');
  const part = root.ele(ns, 'arkivdel');
  part.ele(ns, 'systemID').txt(systemId('arkivdel', year));
  part.ele(ns, 'tittel').txt(`Tilskudd og oppdrag ${year}`);
  part.ele(ns, 'arkivdelstatus').txt('Avsluttet periode');
  part.ele(ns, 'opprettetDato').txt(created);
  part.ele(ns, 'opprettetAv').txt(system);
  part.ele(ns, 'avsluttetDato').txt(created);
  part.ele(ns, 'avsluttetAv').txt(system);
  part.ele(ns, 'arkivperiodeStartDato').txt(`${year}-01-01`);
  part.ele(ns, 'arkivperiodeSluttDato').txt(`${year}-12-31`);
  const scheme = part.ele(ns, 'klassifikasjonssystem');
  scheme.ele(ns, 'systemID').txt(systemId('klassifikasjonssystem', year));
  scheme.ele(ns, 'klassifikasjonstype').txt('Objektkoder');
  scheme.ele(ns, 'tittel').txt('Kompetansesentre');
  scheme.ele(ns, 'opprettetDato').txt(created);
  scheme.ele(ns, 'opprettetAv').txt(system);
  for (const archiveCase of cases) {
    const centre = archiveCase.centre!;
    const klasse = scheme.ele(ns, 'klasse');
    klasse.ele(ns, 'systemID').txt(systemId(`klasse:${year}`, centre.id));
    klasse.ele(ns, 'klasseID').txt(centre.code);
    klasse.ele(ns, 'tittel').txt(centre.name);
    klasse.ele(ns, 'opprettetDato').txt(created);
    klasse.ele(ns, 'opprettetAv').txt(system);
    const mappe = klasse.ele(ns, 'mappe').att(xsi, 'xsi:type', 'saksmappe');
    mappe.ele(ns, 'systemID').txt(systemId('case', archiveCase.id));
    mappe.ele(ns, 'mappeID').txt(`${archiveCase.caseYear}/${archiveCase.caseSequence}`);
    mappe.ele(ns, 'tittel').txt(archiveCase.title);
    mappe.ele(ns, 'opprettetDato').txt(dateTime(archiveCase.createdAt));
    mappe.ele(ns, 'opprettetAv').txt(system);
    mappe.ele(ns, 'avsluttetDato').txt(created);
    mappe.ele(ns, 'avsluttetAv').txt(system);
    for (const entry of archiveCase.entries ?? []) addEntry(mappe, entry, created);
    mappe.ele(ns, 'saksaar').txt(String(archiveCase.caseYear));
    mappe.ele(ns, 'sakssekvensnummer').txt(String(archiveCase.caseSequence));
    mappe.ele(ns, 'saksdato').txt(archiveCase.caseDate);
    mappe.ele(ns, 'administrativEnhet').txt('Helsedirektoratet');
    mappe.ele(ns, 'saksansvarlig').txt(archiveCase.caseResponsible);
    mappe.ele(ns, 'saksstatus').txt('Under behandling');
  }
  return root.end({ prettyPrint: true });
}

export class ChecksumMismatch extends Error {}

/** Whether the year has journal data at all (an extract of nothing is refused by the route). */
export const yearHasCases = async (year: number) => (await ArchiveCase.count({ where: { year } })) > 0;

/** The zip as a stream; documents are checked against their SHA-256 before the stream starts. */
export async function archiveExtract(year: number, now = new Date()): Promise<Readable> {
  await completeLetterDocuments((await loadCases(year)).flatMap((c) => c.entries ?? []));
  const cases = await loadCases(year);
  const files: { path: string; key: string; sha256: string }[] = [];
  for (const entry of cases.flatMap((c) => c.entries ?? []))
    for (const document of entry.documents ?? []) {
      const bytes = await storage.get(document.storageKey);
      if (createHash('sha256').update(bytes).digest('hex') !== document.sha256)
        throw new ChecksumMismatch(`${document.storageKey} does not match its recorded SHA-256`);
      files.push({ path: documentPath(entry, document), key: document.storageKey, sha256: document.sha256 });
    }
  const xml = Buffer.from(arkivstruktur(year, cases, now), 'utf8');
  const list = [{ path: 'arkivstruktur.xml', sha256: createHash('sha256').update(xml).digest('hex') }, ...files].map(
    (f) => `${f.sha256}  ${f.path}\n`,
  );
  const zip = new yazl.ZipFile();
  zip.addBuffer(xml, 'arkivstruktur.xml', { mtime: now });
  zip.addBuffer(Buffer.from(list.join(''), 'utf8'), 'sjekksummer.txt', { mtime: now });
  const output = zip.outputStream as Readable;
  void (async () => {
    try {
      for (const file of files) zip.addBuffer(await storage.get(file.key), file.path, { mtime: now, compress: false });
      zip.end();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}
