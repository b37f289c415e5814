// A hand-in as an incoming registry entry in the centre's case for the deadline's year, its files
// as the entry's documents (the first the main document, the rest attachments).
import type { Transaction } from 'sequelize';
import { Centre, GrantLetter, Organisation } from '../models/index.js';
import type { Deadline, DeadlineSubmission, StoredFile, User } from '../models/index.js';
import { osloDateOf } from '../calendar.js';
import { archiveFormatOf, registerEntry } from './journal.js';
import { ArchiveCase } from '../models/index.js';

export async function journalHandIn(
  deadline: Deadline,
  submission: DeadlineSubmission,
  actor: User,
  files: StoredFile[],
  transaction: Transaction,
) {
  const [centre, letter, archiveCase] = await Promise.all([
    Centre.findByPk(deadline.centreId, { transaction, include: [{ model: Organisation, as: 'hostOrganisation' }] }),
    deadline.letterId
      ? GrantLetter.findByPk(deadline.letterId, {
          transaction,
          include: [{ model: Organisation, as: 'senderOrganisation' }],
        })
      : null,
    ArchiveCase.findOne({ where: { centreId: deadline.centreId, year: deadline.year }, transaction }),
  ]);
  if (!centre) throw new Error(`centre ${deadline.centreId} does not exist`);
  const directorate =
    letter?.senderOrganisation ?? (await Organisation.findOne({ where: { code: 'HDIR' }, transaction }));
  const date = osloDateOf(submission.submittedAt);
  const host = centre.hostOrganisation;
  return registerEntry(
    {
      centreId: centre.id,
      year: deadline.year,
      kind: 'hand_in',
      entryType: 'incoming',
      journalDate: date,
      documentDate: date,
      title: deadline.title,
      caseOfficer: archiveCase?.caseResponsible ?? directorate?.name ?? 'Helsedirektoratet',
      submissionId: submission.id,
      parties: [
        {
          role: 'sender',
          name: `${actor.name}, ${centre.name}`,
          postalAddress: [host?.name, host?.address ?? centre.address].filter(Boolean).join(', ') || null,
          email: actor.email,
        },
        {
          role: 'recipient',
          name: directorate?.name ?? 'Helsedirektoratet',
          postalAddress: directorate?.address ?? null,
          email: directorate?.email ?? null,
        },
      ],
      documents: files.map((file, index) => ({
        role: index === 0 ? 'main' : 'attachment',
        title: file.filename,
        filename: file.filename,
        format: archiveFormatOf(file.contentType),
        contentType: file.contentType,
        byteSize: file.byteSize,
        sha256: file.sha256,
        storageKey: file.storageKey,
      })),
    },
    transaction,
  );
}
