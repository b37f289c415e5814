// What sending means for the reminders behind an outbox e-mail (one, or a day's digest): those
// whose deadline was handed in or moved after the sweep are cancelled, and the e-mail too when
// none is left (a digest is written again without them); the rest follow the e-mail's status
// (server/mail/outboxDelivery.ts, which reads these facts with the claimed e-mail in one query).
import { Centre, Deadline, OutboxEmail, Reminder, User } from '../models/index.js';
import { digestContent } from './sweep.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import type { DeadlineStatus } from '../models/Deadline.js';
import type { ReminderStatus } from '../models/Reminder.js';

export const reminderEmailKinds = new Set(['reminder', 'reminder_digest']);

/** A reminder carried by the e-mail, with its deadline as it stands now. */
export interface CarriedReminder {
  id: number;
  status: ReminderStatus;
  dueDate: string;
  deadlineStatus: DeadlineStatus;
  deadlineDueDate: string;
}

export interface EmailContent {
  subject: string;
  textBody: string;
  htmlBody: string;
}

const stillWanted = (reminder: CarriedReminder) =>
  reminder.status === 'pending' &&
  openDeadlineStatuses.includes(reminder.deadlineStatus) &&
  reminder.deadlineDueDate === reminder.dueDate; // a moved due date has reminders of its own

/**
 * The content to send for a reminder e-mail, or null when none of its reminders is wanted any
 * more (the e-mail is then cancelled). Only an e-mail that lost reminders costs any writes.
 */
export async function reminderEmailToSend(
  email: EmailContent & { id: number; kind: string },
  reminders: CarriedReminder[],
): Promise<EmailContent | null> {
  const unwanted = reminders.filter((reminder) => !stillWanted(reminder));
  if (!unwanted.length && reminders.length) return email;
  const stale = unwanted.filter((r) => r.status === 'pending').map((r) => r.id);
  if (stale.length) await Reminder.update({ status: 'cancelled' }, { where: { id: stale } });
  if (unwanted.length === reminders.length) {
    await OutboxEmail.update({ status: 'cancelled' }, { where: { id: email.id } });
    return null;
  }
  // A digest that lost some of its reminders is written again with the ones still wanted.
  return email.kind === 'reminder_digest' ? rewriteDigest(email.id) : email;
}

async function rewriteDigest(emailId: number): Promise<EmailContent> {
  const remaining = await Reminder.findAll({
    where: { outboxEmailId: emailId, status: 'pending' },
    include: [
      { model: Deadline, as: 'deadline', include: [{ model: Centre, as: 'centre' }] },
      { model: User, as: 'user' },
    ],
    order: [['id', 'ASC']],
  });
  const content = digestContent(remaining[0]!.user!, remaining[0]!.sendOn, remaining);
  const rewritten = { subject: content.subject, textBody: content.text, htmlBody: content.html };
  await OutboxEmail.update(rewritten, { where: { id: emailId } });
  return rewritten;
}
