// A step hands work to people: one Notification per (step, person), keyed so that running the
// step's notice again (a retried job, a repeated call) writes nothing twice. A person who takes
// e-mails one by one gets an outbox e-mail at once, keyed the same way; one who chose the digest
// gets it in the next daily summary (digest.ts). The person who took the step is never told of it.
// Call inside the step's transaction; queue the returned e-mails after it commits.
import type { Transaction } from 'sequelize';
import { Notification, OutboxEmail } from '../models/index.js';
import type { User } from '../models/index.js';
import { notificationEmail } from '../mail/emails/notificationEmail.js';

export const notificationKinds = [
  'letter_submitted',
  'letter_approved',
  'letter_returned',
  'letter_accepted',
  'hand_in',
  'hand_in_reviewed',
  'minutes_waiting',
  'comment_mention',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export interface Notice {
  kind: NotificationKind;
  /** Names this occurrence of the step, e.g. "letter_submitted:12:audit:345". */
  key: string;
  centreId: number | null;
  title: string;
  body: string;
  /** Where the recipient acts, a client path. */
  link: string;
}

export async function notify(
  notice: Notice,
  recipients: User[],
  actor: User | null,
  transaction: Transaction,
): Promise<OutboxEmail[]> {
  const people = [...new Map(recipients.filter((u) => u.active && u.id !== actor?.id).map((u) => [u.id, u])).values()];
  const emails: OutboxEmail[] = [];
  for (const person of people) {
    const dedupeKey = `${notice.key}:user:${person.id}`.slice(0, 191);
    const [notification, created] = await Notification.findOrCreate({
      where: { dedupeKey },
      defaults: {
        dedupeKey,
        kind: notice.kind,
        userId: person.id,
        centreId: notice.centreId,
        title: notice.title.slice(0, 500),
        body: notice.body,
        link: notice.link,
      },
      transaction,
    });
    if (!created || person.reminderDelivery === 'digest') continue;
    const content = notificationEmail({ recipientName: person.name, ...notice });
    const [email] = await OutboxEmail.findOrCreate({
      where: { dedupeKey: `notice:${dedupeKey}`.slice(0, 191) },
      defaults: {
        dedupeKey: `notice:${dedupeKey}`.slice(0, 191),
        kind: notice.kind,
        toAddress: person.email,
        toUserId: person.id,
        subject: content.subject,
        textBody: content.text,
        htmlBody: content.html,
        attachments: [],
      },
      transaction,
    });
    await notification.update({ outboxEmailId: email.id }, { transaction });
    emails.push(email);
  }
  return emails;
}
