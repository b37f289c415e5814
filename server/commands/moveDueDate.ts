// The case officer moves a due date, with a reason (audited), also after it has passed. Reminders
// follow the new date: those planned for the old one are cancelled, and the sweep plans new ones.
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import type { Deadline } from '../models/index.js';
import { recordAudit } from '../audit.js';
import { cancelPendingReminders } from '../reminders/sweep.js';
import { osloToday } from '../calendar.js';

export async function moveDueDate(
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
