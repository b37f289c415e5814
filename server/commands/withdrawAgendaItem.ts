// Withdraws an agenda item (its proposer or a case officer, while the agenda is open to them), in
// one transaction with its audit row.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { agendaItemFor } from '../meetings/meetingRecord.js';

export function withdrawAgendaItem(actor: User, itemId: number, req: Request): Promise<void> {
  return withTransaction(async (transaction) => {
    const { item, meeting } = await agendaItemFor(actor, 'delete', itemId, transaction);
    await item.destroy({ transaction });
    await recordAudit(transaction, {
      req,
      action: 'delete',
      entityType: 'AgendaItem',
      entityId: item.id,
      centreId: meeting.centreId,
      before: { title: item.title, description: item.description },
    });
  });
}
