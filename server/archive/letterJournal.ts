// Journal data for a grant letter's steps: the issued letter or supplement (outgoing, "Vår ref."
// comes from its entry), its acceptance (incoming, with a plain-text receipt as its document), and
// the stored PDF as the issued letter's document once it exists.
import { createHash } from 'node:crypto';
import type { Transaction } from 'sequelize';
import {
  ArchiveEntry,
  Centre,
  GrantLetter,
  LetterCopyRecipient,
  LetterSignatory,
  Organisation,
  User,
} from '../models/index.js';
import { osloDateOf } from '../calendar.js';
import { storage } from '../storage/index.js';
import { addDocument, registerEntry, referenceOf } from './journal.js';
import type { DocumentInput, PartyInput } from './journal.js';
import { ArchiveCase } from '../models/index.js';

async function loadForJournal(letterId: number, transaction: Transaction) {
  const letter = await GrantLetter.findByPk(letterId, {
    transaction,
    include: [
      { model: Centre, as: 'centre', include: [{ model: Organisation, as: 'hostOrganisation' }] },
      { model: Organisation, as: 'senderOrganisation' },
      { model: User, as: 'createdBy' },
      { model: LetterSignatory, as: 'signatories' },
      { model: LetterCopyRecipient, as: 'copyRecipients', include: [{ model: Organisation, as: 'organisation' }] },
    ],
  });
  if (!letter?.centre) throw new Error(`letter ${letterId} does not exist`);
  return letter;
}

/** Who handles the letter: who drafted it, else the last signatory (the one not signing by authority). */
export function caseOfficerOf(letter: GrantLetter): string {
  const signatories = [...(letter.signatories ?? [])].sort((a, b) => a.position - b.position);
  return letter.createdBy?.name ?? signatories.at(-1)?.name ?? letter.senderOrganisation?.name ?? 'Ukjent';
}

const senderParty = (letter: GrantLetter, role: 'sender' | 'recipient'): PartyInput => ({
  role,
  name: letter.senderOrganisation?.name ?? 'Helsedirektoratet',
  postalAddress: letter.senderOrganisation?.address ?? null,
  email: letter.senderOrganisation?.email ?? null,
});

function centreParty(letter: GrantLetter, role: 'sender' | 'recipient', contact?: User | null): PartyInput {
  const centre = letter.centre!;
  const host = centre.hostOrganisation;
  return {
    role,
    name: contact ? `${contact.name}, ${centre.name}` : centre.name,
    postalAddress: [host?.name, host?.address ?? centre.address].filter(Boolean).join(', ') || null,
    email: contact?.email ?? null,
  };
}

/** The issued letter's registry entry (once); returns its "Vår ref.". `at` is the journal date's moment. */
export async function journalIssuedLetter(letterId: number, transaction: Transaction, at = new Date()) {
  const existing = await ArchiveEntry.findOne({
    where: { letterId, kind: 'letter' },
    include: [{ model: ArchiveCase, as: 'case' }],
    transaction,
  });
  if (existing) return referenceOf(existing.case!, existing);
  const letter = await loadForJournal(letterId, transaction);
  const journalDate = osloDateOf(at);
  const { reference } = await registerEntry(
    {
      centreId: letter.centreId,
      year: letter.year,
      kind: 'letter',
      entryType: 'outgoing',
      journalDate,
      documentDate: letter.letterDate ?? journalDate,
      title: letter.title,
      caseOfficer: caseOfficerOf(letter),
      letterId,
      parties: [
        senderParty(letter, 'sender'),
        centreParty(letter, 'recipient'),
        ...[...(letter.copyRecipients ?? [])]
          .sort((a, b) => a.position - b.position)
          .map((copy) => ({
            role: 'copy_recipient' as const,
            name: copy.name,
            postalAddress: copy.organisation?.address ?? null,
            email: copy.organisation?.email ?? null,
          })),
      ],
    },
    transaction,
  );
  return reference;
}

/** The acceptance as an incoming entry; its document is a UTF-8 text receipt kept in the storage. */
export async function journalAcceptance(letterId: number, leader: User, transaction: Transaction) {
  const letter = await loadForJournal(letterId, transaction);
  const acceptedAt = letter.acceptedAt ?? new Date();
  const receipt = [
    'Aksept av tilskuddsbrev',
    `Brev: ${letter.title}`,
    `Vår ref.: ${letter.referenceNumber ?? '–'}`,
    `Senter: ${letter.centre!.name}`,
    `Akseptert av: ${leader.name} <${leader.email}>`,
    `Tidspunkt: ${acceptedAt.toISOString()}`,
    `Kontonummer for utbetaling: ${letter.acceptedBankAccount ?? '–'}`,
    '',
  ].join('\n');
  const content = Buffer.from(receipt, 'utf8');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const storageKey = `archive/acceptances/letter-${letterId}-${sha256.slice(0, 16)}.txt`;
  // Written before the rows commit; a rolled-back step leaves an unreferenced file, never a row without a file.
  await storage.put(storageKey, content);
  const document: DocumentInput = {
    role: 'main',
    title: `Aksept: ${letter.title}`,
    filename: `aksept-${letter.centre!.code.toLowerCase()}-${letter.year}-${letterId}.txt`,
    format: 'TXT',
    contentType: 'text/plain; charset=utf-8',
    byteSize: content.length,
    sha256,
    storageKey,
  };
  const date = osloDateOf(acceptedAt);
  return registerEntry(
    {
      centreId: letter.centreId,
      year: letter.year,
      kind: 'acceptance',
      entryType: 'incoming',
      journalDate: date,
      documentDate: date,
      title: `Aksept: ${letter.title}`,
      caseOfficer: caseOfficerOf(letter),
      letterId,
      parties: [centreParty(letter, 'sender', leader), senderParty(letter, 'recipient')],
      documents: [document],
    },
    transaction,
  );
}

/** The stored PDF of an issued letter as its entry's main document (no entry: nothing to attach). */
export async function attachLetterDocument(letterId: number, document: DocumentInput, transaction: Transaction) {
  const entry = await ArchiveEntry.findOne({ where: { letterId, kind: 'letter' }, transaction });
  if (entry) await addDocument(entry, document, transaction);
}
