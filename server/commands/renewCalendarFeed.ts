// Makes a new secret calendar feed URL for the user (the old one stops working), in one transaction
// with its audit row; answers the secret, which is shown once.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { newFeedToken } from '../meetings/calendarFeed.js';

export function renewCalendarFeed(actor: User, req: Request): Promise<string> {
  const { token, tokenHash } = newFeedToken();
  return withTransaction(async (transaction) => {
    await actor.update({ calendarFeedTokenHash: tokenHash }, { transaction });
    await recordAudit(transaction, { req, action: 'renew_calendar_feed', entityType: 'User', entityId: actor.id });
    return token;
  });
}
