// What sending means for the reminders behind an outbox e-mail (one, or a day's digest): those
// whose deadline was handed in or moved after the sweep are cancelled, and the e-mail too when
// none is left (a digest is written again without them); the rest follow the e-mail's status
// (server/mail/outboxDelivery.ts).
import { Centre, Deadline, Reminder, User } from '../models/index.js';
import { digestContent } from './sweep.js';
import type { OutboxEmail } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';

export const reminderEmailKinds = new Set(['reminder', 'reminder_digest']);

export async function reminderStillWanted(email: OutboxEmail): Promise<boolean> {
  const reminders = await Reminder.findAll({
    where: { outboxEmailId: email.id },
    include: [{ model: Deadline, as: 'deadline', attributes: ['id', 'status', 'dueDate'] }],
  });
  const unwanted = reminders.filter(
    (reminder) =>
      reminder.status !== 'pending' ||
      !reminder.deadline ||
      !openDeadlineStatuses.includes(reminder.deadline.status) ||
      reminder.deadline.dueDate !== reminder.dueDate, // a moved due date has reminders of its own
  );
  const stale = unwanted.filter((r) => r.status === 'pending').map((r) => r.id);
  if (stale.length) await Reminder.update({ status: 'cancelled' }, { where: { id: stale } });
  const wanted = unwanted.length < reminders.length;
  if (!wanted) await email.update({ status: 'cancelled' });
  // A digest that lost some of its reminders is written again with the ones still wanted.
  else if (unwanted.length && email.kind === 'reminder_digest') await rewriteDigest(email);
  return wanted;
}

async function rewriteDigest(email: OutboxEmail) {
  const remaining = await Reminder.findAll({
    where: { outboxEmailId: email.id, status: 'pending' },
    include: [
      { model: Deadline, as: 'deadline', include: [{ model: Centre, as: 'centre' }] },
      { model: User, as: 'user' },
    ],
    order: [['id', 'ASC']],
  });
  const content = digestContent(remaining[0]!.user!, remaining[0]!.sendOn, remaining);
  await email.update({ subject: content.subject, textBody: content.text, htmlBody: content.html });
}
