// What sending means for the reminder behind an outbox e-mail: it is dropped if its deadline was
// handed in after the sweep, and its status follows the e-mail's (sent, failed).
import type { OutboxEmail } from '../models/index.js';
import { Deadline, Reminder } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import type { ReminderStatus } from '../models/Reminder.js';

/** False (and both rows cancelled) when the deadline no longer needs reminding. */
export async function reminderStillWanted(email: OutboxEmail): Promise<boolean> {
  const reminder = await Reminder.findOne({
    where: { outboxEmailId: email.id },
    include: [{ model: Deadline, as: 'deadline', attributes: ['id', 'status', 'dueDate'] }],
  });
  const deadline = reminder?.deadline;
  const wanted =
    !!reminder &&
    reminder.status === 'pending' &&
    !!deadline &&
    openDeadlineStatuses.includes(deadline.status) &&
    deadline.dueDate === reminder.dueDate; // a moved due date has reminders of its own
  if (!wanted) {
    await reminder?.update({ status: 'cancelled' });
    await email.update({ status: 'cancelled' });
  }
  return wanted;
}

export async function markReminder(email: OutboxEmail, status: ReminderStatus): Promise<void> {
  await Reminder.update({ status }, { where: { outboxEmailId: email.id } });
}
