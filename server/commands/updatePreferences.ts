// A user's own preferences (reminders one by one or as a daily digest), in one transaction with its
// audit row.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';

export function updatePreferences(
  actor: User,
  preferences: { reminderDelivery: 'single' | 'digest' },
  req: Request,
): Promise<void> {
  return withTransaction(async (transaction) => {
    const before = { reminderDelivery: actor.reminderDelivery };
    await actor.update(preferences, { transaction });
    await recordAudit(transaction, {
      req,
      action: 'update_preferences',
      entityType: 'User',
      entityId: actor.id,
      before,
      after: preferences,
    });
  });
}
