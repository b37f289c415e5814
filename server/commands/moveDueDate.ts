// The case officer moves a due date, with a reason, also after it has passed: one transaction locks
// the deadline, asks the policy, moves it and writes the audit row. Reminders follow the new date:
// those planned for the old one are cancelled, and the sweep plans new ones.
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import { Centre, Deadline } from '../models/index.js';
import type { User } from '../models/index.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { cancelPendingReminders } from '../reminders/sweep.js';
import { osloToday } from '../calendar.js';

export async function moveDueDate(
  req: Request,
  actor: User,
  deadlineId: number,
  input: { dueDate: string; reason: string },
): Promise<Deadline> {
  return withTransaction(async (transaction) => {
    // Locked before the policy reads its status, so an accepted or cancelled deadline stays put.
    const deadline = await Deadline.findByPk(deadlineId, {
      include: [{ model: Centre, as: 'centre' }],
      transaction,
      lock: transaction.LOCK.UPDATE,
    });
    authorize(actor, 'moveDueDate', deadline, 'deadline');
    await move(req, deadline, input, transaction);
    return deadline;
  });
}

async function move(
  req: Request,
  deadline: Deadline,
  input: { dueDate: string; reason: string },
  transaction: Transaction,
) {
  const before = { dueDate: deadline.dueDate, status: deadline.status };
  // A deadline moved into the future owes nothing yet; the nightly status job refines due-soon.
  const status =
    (deadline.status === 'overdue' || deadline.status === 'due_soon') && input.dueDate >= osloToday()
      ? 'upcoming'
      : deadline.status;
  await deadline.update({ dueDate: input.dueDate, status }, { transaction });
  const cancelled = await cancelPendingReminders(deadline.id, transaction);
  await recordAudit(transaction, {
    req,
    action: 'move_due_date',
    entityType: 'Deadline',
    entityId: deadline.id,
    centreId: deadline.centreId,
    before,
    after: { dueDate: input.dueDate, status, reason: input.reason, cancelledReminders: cancelled },
  });
}
