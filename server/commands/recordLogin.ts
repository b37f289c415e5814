// A successful login: the user's last login time and the audit row (the user as actor: the request
// has no user yet), in one transaction.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';

export function recordLogin(user: User, req: Request): Promise<void> {
  return withTransaction(async (transaction) => {
    await user.update({ lastLoginAt: new Date() }, { transaction });
    await recordAudit(transaction, {
      actor: user,
      action: 'login',
      entityType: 'User',
      entityId: user.id,
      centreId: user.centreId,
      req,
    });
  });
}
