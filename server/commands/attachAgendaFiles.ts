// Attaches stored documents to an agenda item, in one transaction with its audit row; answers the
// meeting as the page shows it. The item is checked before any upload is read, and again under the
// lock when the files are recorded.
import type { Request } from 'express';
import { StoredFile } from '../models/index.js';
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { storedFileFields } from '../storage/uploadedFiles.js';
import type { StoredUpload } from '../storage/uploadedFiles.js';
import { agendaItemFor, presentMeetingDetail } from '../meetings/meetingRecord.js';

/** Throws 404, 403 or 409 as attaching would, so a refused upload is never read. */
export async function assertMayAttachAgendaFiles(actor: User, itemId: number): Promise<void> {
  await withTransaction((transaction) => agendaItemFor(actor, 'update', itemId, transaction));
}

export function attachAgendaFiles(actor: User, itemId: number, stored: StoredUpload[], req: Request) {
  return withTransaction(async (transaction) => {
    const { item, meeting } = await agendaItemFor(actor, 'update', itemId, transaction);
    await StoredFile.bulkCreate(
      storedFileFields(stored).map((fields) => ({ agendaItemId: item.id, ...fields })),
      { transaction, validate: true },
    );
    await recordAudit(transaction, {
      req,
      action: 'attach',
      entityType: 'AgendaItem',
      entityId: item.id,
      centreId: meeting.centreId,
      after: { files: stored.map(({ filename, sha256 }) => ({ filename, sha256 })) },
    });
    return presentMeetingDetail(actor, meeting.id, transaction);
  });
}
