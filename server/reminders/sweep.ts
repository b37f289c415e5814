// The reminder sweep. For today's date in Oslo it finds every open deadline with a step due today,
// and in one transaction writes a Reminder per (deadline, due date, step, recipient) — INSERT
// IGNORE on the unique key, so two sweeps or two workers write each once — and an outbox e-mail
// per new reminder. The caller then queues a send job per due outbox e-mail
// (server/mail/dueEmails.ts), which also picks up anything a crashed sweep committed but never queued.
import { createHash } from 'node:crypto';
import { Op } from 'sequelize';
import type { Transaction } from 'sequelize';
import { Centre, Deadline, GrantLetter, OutboxEmail, Reminder, User } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { withTransaction } from '../db/transaction.js';
import { lockName, withNamedLock } from '../db/namedLock.js';
import { dueDateWindow, plannedSteps } from './policy.js';
import { loadReminderRecipients } from './recipients.js';
import { chunks } from '../chunks.js';
import { reminderEmail } from '../mail/emails/reminderEmail.js';
import { reminderDigestEmail } from '../mail/emails/reminderDigestEmail.js';

// Rows per insert statement.
const CHUNK = 1000;

interface NewReminder {
  deadlineId: number;
  dueDate: string;
  step: number;
  userId: number;
  sendOn: string;
}

// One e-mail per reminder; the SQL below builds the same key.
const reminderDedupeKey = (reminderId: number) => `reminder:${reminderId}`;

export async function sweepReminders(today: string): Promise<{ reminders: number; emails: number }> {
  const { from, to } = dueDateWindow(today);
  const deadlines = await Deadline.findAll({
    where: { status: openDeadlineStatuses, dueDate: { [Op.between]: [from, to] } },
    attributes: ['id', 'centreId', 'kind', 'dueDate', 'ownerId'],
  });
  const recipients = await loadReminderRecipients();
  const rows: NewReminder[] = deadlines.flatMap((deadline) =>
    plannedSteps(deadline.kind, deadline.dueDate)
      .filter(({ sendOn }) => sendOn === today)
      .flatMap(({ step, sendOn }) =>
        recipients
          .forStep(deadline, step)
          .map((user) => ({ deadlineId: deadline.id, dueDate: deadline.dueDate, step, userId: user.id, sendOn })),
      ),
  );

  // One sweep at a time: concurrent INSERT IGNOREs on the same unique keys can deadlock in InnoDB.
  return withNamedLock(lockName('reminder-sweep'), () => writeReminders(rows, today));
}

async function writeReminders(rows: NewReminder[], today: string) {
  return withTransaction(async (transaction) => {
    for (const chunk of chunks(rows, CHUNK)) {
      // A reminder cancelled earlier — its deadline was handed in and then returned, or its due date
      // moved away and back — is wanted again now that the deadline is open at that date. Its row
      // gives way to a fresh one (a new id, so a new e-mail; the old one was cancelled, never sent).
      await Reminder.destroy({
        where: {
          status: 'cancelled',
          [Op.or]: chunk.map(({ deadlineId, dueDate, step, userId }) => ({ deadlineId, dueDate, step, userId })),
        },
        transaction,
      });
      await Reminder.bulkCreate(chunk, { ignoreDuplicates: true, transaction });
    }
    const fresh = await Reminder.findAll({
      where: { sendOn: today, status: 'pending', outboxEmailId: null },
      include: [
        {
          model: Deadline,
          as: 'deadline',
          include: [
            { model: Centre, as: 'centre' },
            { model: GrantLetter, as: 'letter', attributes: ['language'] },
          ],
        },
        { model: User, as: 'user' },
      ],
      transaction,
    });
    const single = fresh.filter((r) => r.user!.reminderDelivery !== 'digest');
    const emails = single.map((reminder) => {
      const deadline = reminder.deadline!;
      const content = reminderEmail({
        language: deadline.letter?.language ?? 'nb',
        recipientName: reminder.user!.name,
        centreName: deadline.centre!.name,
        title: deadline.title,
        dueDate: reminder.dueDate,
        step: reminder.step,
        deadlineId: deadline.id,
        agendaOfMeetingId: deadline.kind === 'meeting' ? deadline.steeringMeetingId : null,
      });
      return {
        dedupeKey: reminderDedupeKey(reminder.id),
        kind: 'reminder',
        toAddress: reminder.user!.email,
        toUserId: reminder.userId,
        subject: content.subject,
        textBody: content.text,
        htmlBody: content.html,
        attachments: [],
      };
    });
    for (const chunk of chunks(emails, CHUNK))
      await OutboxEmail.bulkCreate(chunk, { ignoreDuplicates: true, transaction });
    // Link each reminder to its e-mail in one statement rather than one update per row.
    await Reminder.sequelize!.query(
      `UPDATE reminders r JOIN outbox_emails o ON o.dedupe_key = CONCAT('reminder:', r.id)
       SET r.outbox_email_id = o.id WHERE r.send_on = :today AND r.outbox_email_id IS NULL`,
      { replacements: { today }, transaction },
    );
    const digests = await writeDigests(
      fresh.filter((r) => r.user!.reminderDelivery === 'digest'),
      today,
      transaction,
    );
    return { reminders: rows.length, emails: emails.length + digests };
  });
}

/**
 * A hand-in (or a moved due date) stops the deadline's reminders not yet sent. An e-mail is
 * cancelled only when none of its reminders is still wanted: a day's digest also carries other
 * deadlines' reminders, and those must still go out.
 */
export async function cancelPendingReminders(deadlineId: number, transaction: Transaction) {
  const pending = await Reminder.findAll({ where: { deadlineId, status: 'pending' }, transaction });
  if (!pending.length) return 0;
  await Reminder.update({ status: 'cancelled' }, { where: { id: pending.map((r) => r.id) }, transaction });
  const emailIds = [...new Set(pending.map((r) => r.outboxEmailId).filter((id): id is number => id !== null))];
  if (emailIds.length) {
    const stillCarrying = await Reminder.findAll({
      attributes: ['outboxEmailId'],
      where: { outboxEmailId: emailIds, status: 'pending' },
      transaction,
    });
    const keep = new Set(stillCarrying.map((r) => r.outboxEmailId));
    const unwanted = emailIds.filter((id) => !keep.has(id));
    if (unwanted.length)
      await OutboxEmail.update({ status: 'cancelled' }, { where: { id: unwanted, status: 'pending' }, transaction });
  }
  return pending.length;
}

/** A digest's text for the reminders it carries (each with its deadline and centre loaded). */
export function digestContent(user: User, date: string, reminders: Reminder[]) {
  return reminderDigestEmail({
    language: 'nb',
    recipientName: user.name,
    date,
    items: reminders.map((r) => ({
      title: r.deadline!.title,
      centreName: r.deadline!.centre!.name,
      dueDate: r.dueDate,
      step: r.step,
    })),
  });
}

/**
 * One digest per person who chose it, listing the reminders of this batch. A reminder written
 * later the same day gets a digest of its own rather than joining one already sent.
 */
async function writeDigests(reminders: Reminder[], today: string, transaction: Transaction): Promise<number> {
  const byUser = new Map<number, Reminder[]>();
  for (const reminder of reminders) byUser.set(reminder.userId, [...(byUser.get(reminder.userId) ?? []), reminder]);
  for (const [userId, items] of byUser) {
    const user = items[0]!.user!;
    const content = digestContent(user, today, items);
    // Keyed on the exact reminders it carries, so a later batch the same day gets a digest of its own.
    const batch = createHash('sha256')
      .update(
        items
          .map((r) => r.id)
          .sort((a, b) => a - b)
          .join(','),
      )
      .digest('hex')
      .slice(0, 16);
    const dedupeKey = `digest:${userId}:${today}:${batch}`;
    const [email] = await OutboxEmail.findOrCreate({
      where: { dedupeKey },
      defaults: {
        dedupeKey,
        kind: 'reminder_digest',
        toAddress: user.email,
        toUserId: userId,
        subject: content.subject,
        textBody: content.text,
        htmlBody: content.html,
        attachments: [],
      },
      transaction,
    });
    await Reminder.update({ outboxEmailId: email.id }, { where: { id: items.map((r) => r.id) }, transaction });
  }
  return byUser.size;
}
