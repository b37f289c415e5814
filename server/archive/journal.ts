// Registers Noark 5 journal data inside the transaction of the step it records: the case of the
// centre and year (opened on first use under the centre's row lock, so two steps never open two),
// the registry entry with its numbers, its correspondence parties and its documents.
import type { Transaction } from 'sequelize';
import { ArchiveCase, ArchiveDocument, ArchiveEntry, ArchiveParty, Centre } from '../models/index.js';
import type { EntryKind } from '../models/ArchiveEntry.js';
import type { PartyRole } from '../models/ArchiveParty.js';
import { formatCaseReference, nextNumber } from './numbers.js';

export interface PartyInput {
  role: PartyRole;
  name: string;
  postalAddress?: string | null;
  email?: string | null;
}

export interface DocumentInput {
  role: 'main' | 'attachment';
  title: string;
  filename: string;
  format: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  storageKey: string;
}

export interface EntryInput {
  centreId: number;
  year: number;
  kind: EntryKind;
  entryType: 'outgoing' | 'incoming';
  journalDate: string;
  documentDate: string;
  title: string;
  caseOfficer: string;
  letterId?: number | null;
  submissionId?: number | null;
  parties: PartyInput[];
  documents?: DocumentInput[];
}

const caseTitle = (centreName: string, year: number) => `${centreName} – tilskudd og oppdrag ${year}`;

async function openCase(input: EntryInput, transaction: Transaction): Promise<ArchiveCase> {
  const centre = await Centre.findByPk(input.centreId, { transaction, lock: transaction.LOCK.UPDATE });
  if (!centre) throw new Error(`centre ${input.centreId} does not exist`);
  const where = { centreId: input.centreId, year: input.year };
  const existing = await ArchiveCase.findOne({ where, transaction, lock: transaction.LOCK.UPDATE });
  if (existing) return existing;
  const caseYear = Number(input.journalDate.slice(0, 4));
  return ArchiveCase.create(
    {
      ...where,
      caseYear,
      caseSequence: await nextNumber('case', caseYear, transaction),
      caseDate: input.journalDate,
      title: caseTitle(centre.name, input.year),
      caseResponsible: input.caseOfficer,
    },
    { transaction },
  );
}

export async function registerEntry(
  input: EntryInput,
  transaction: Transaction,
): Promise<{ entry: ArchiveEntry; archiveCase: ArchiveCase; reference: string }> {
  const archiveCase = await openCase(input, transaction);
  const registryNumber =
    ((await ArchiveEntry.max<number, ArchiveEntry>('registryNumber', {
      where: { caseId: archiveCase.id },
      transaction,
    })) ?? 0) + 1;
  const journalYear = Number(input.journalDate.slice(0, 4));
  const entry = await ArchiveEntry.create(
    {
      caseId: archiveCase.id,
      journalYear,
      journalSequence: await nextNumber('registry', journalYear, transaction),
      registryNumber,
      entryType: input.entryType,
      kind: input.kind,
      journalDate: input.journalDate,
      documentDate: input.documentDate,
      title: input.title.slice(0, 255),
      caseOfficer: input.caseOfficer,
      letterId: input.letterId ?? null,
      submissionId: input.submissionId ?? null,
    },
    { transaction },
  );
  await ArchiveParty.bulkCreate(
    input.parties.map((party, index) => ({
      entryId: entry.id,
      position: index + 1,
      role: party.role,
      name: party.name,
      postalAddress: party.postalAddress ?? null,
      email: party.email ?? null,
    })),
    { transaction },
  );
  for (const document of input.documents ?? []) await addDocument(entry, document, transaction);
  return { entry, archiveCase, reference: referenceOf(archiveCase, entry) };
}

export const referenceOf = (archiveCase: ArchiveCase, entry: ArchiveEntry) =>
  formatCaseReference(archiveCase.caseYear, archiveCase.caseSequence, entry.registryNumber);

/** Adds a document to an entry under the entry's row lock (its number is the next in the entry). */
export async function addDocument(
  entry: ArchiveEntry,
  document: DocumentInput,
  transaction: Transaction,
): Promise<ArchiveDocument> {
  await ArchiveEntry.findByPk(entry.id, { transaction, lock: transaction.LOCK.UPDATE });
  const last = await ArchiveDocument.max<number, ArchiveDocument>('documentNumber', {
    where: { entryId: entry.id },
    transaction,
  });
  return ArchiveDocument.create(
    { entryId: entry.id, documentNumber: (last ?? 0) + 1, ...document, title: document.title.slice(0, 255) },
    { transaction },
  );
}

/** Noark's format names for the types the app stores (fileTypes decides which are allowed). */
export function archiveFormatOf(contentType: string): string {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'text/plain': 'TXT',
    'text/csv': 'CSV',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
    'application/vnd.oasis.opendocument.text': 'ODT',
    'image/png': 'PNG',
    'image/jpeg': 'JPEG',
  };
  return known[type] ?? type;
}
