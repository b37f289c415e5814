// Changes an agenda item's title or description (its proposer or a case officer, while the agenda
// is open to them), in one transaction with its audit row; answers the meeting as the page shows it.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { agendaItemFor, presentMeetingDetail } from '../meetings/meetingRecord.js';

export function editAgendaItem(
  actor: User,
  itemId: number,
  changes: { title?: string; description?: string | null },
  req: Request,
) {
  return withTransaction(async (transaction) => {
    const { item, meeting } = await agendaItemFor(actor, 'update', itemId, transaction);
    const before = { title: item.title, description: item.description };
    await item.update(changes, { transaction });
    await recordAudit(transaction, {
      req,
      action: 'update',
      entityType: 'AgendaItem',
      entityId: item.id,
      centreId: meeting.centreId,
      before,
      after: { title: item.title, description: item.description },
    });
    return presentMeetingDetail(actor, meeting.id, transaction);
  });
}
