// An administrator sends failed e-mails again (after fixing the mail server, an address …): each
// goes back to pending with a fresh round of attempts, its reminders with it, audited; the caller
// queues them after commit.
import { Op } from 'sequelize';
import type { Request } from 'express';
import { OutboxEmail, Reminder } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';

/** The e-mails of `ids` (or every failed one) that were failed and are pending again. */
export async function resendFailedEmails(req: Request, ids: number[] | 'all-failed'): Promise<OutboxEmail[]> {
  return withTransaction(async (transaction) => {
    const emails = await OutboxEmail.findAll({
      where: { status: 'failed', ...(ids === 'all-failed' ? {} : { id: { [Op.in]: ids } }) },
      order: [['id', 'ASC']],
      limit: 5000,
      lock: transaction.LOCK.UPDATE,
      transaction,
    });
    if (!emails.length) return [];
    const emailIds = emails.map((e) => e.id);
    await OutboxEmail.update(
      { status: 'pending', nextAttemptAt: null, firstAttemptAt: null, leaseUntil: null },
      { where: { id: emailIds }, transaction },
    );
    await Reminder.update({ status: 'pending' }, { where: { outboxEmailId: emailIds, status: 'failed' }, transaction });
    for (const email of emails)
      await recordAudit(transaction, {
        req,
        action: 'resend',
        entityType: 'OutboxEmail',
        entityId: email.id,
        before: { status: 'failed', attempts: email.attempts, lastError: email.lastError },
        after: { status: 'pending' },
      });
    return OutboxEmail.findAll({ where: { id: emailIds }, order: [['id', 'ASC']], transaction });
  });
}
