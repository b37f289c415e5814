// Revokes the user's calendar feed URL, in one transaction with its audit row.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';

export function revokeCalendarFeed(actor: User, req: Request): Promise<void> {
  return withTransaction(async (transaction) => {
    await actor.update({ calendarFeedTokenHash: null }, { transaction });
    await recordAudit(transaction, { req, action: 'revoke_calendar_feed', entityType: 'User', entityId: actor.id });
  });
}
