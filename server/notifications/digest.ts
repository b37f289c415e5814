// The daily summary for people who chose the digest: every notification not yet e-mailed that was
// written before `before` (the start of today in Oslo, so each day's steps go out once, the next
// morning, with the reminder sweep) goes into one e-mail per person. Keyed on the notifications it
// carries, and written in the transaction that marks them, so a second run writes no second e-mail.
import { createHash } from 'node:crypto';
import { Op } from 'sequelize';
import { Notification, OutboxEmail, User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { lockName, withNamedLock } from '../db/namedLock.js';
import { notificationDigestEmail } from '../mail/emails/notificationEmail.js';

export async function writeNotificationDigests(before: Date): Promise<number> {
  return withNamedLock(lockName('notification-digests'), () =>
    withTransaction(async (transaction) => {
      const waiting = await Notification.findAll({
        where: { outboxEmailId: null, createdAt: { [Op.lt]: before } },
        include: [{ model: User, as: 'user', where: { active: true } }],
        order: [
          ['createdAt', 'ASC'],
          ['id', 'ASC'],
        ],
        transaction,
        lock: transaction.LOCK.UPDATE,
      });
      const byUser = new Map<number, Notification[]>();
      for (const n of waiting) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
      for (const [userId, items] of byUser) {
        const user = items[0]!.user!;
        const content = notificationDigestEmail({ recipientName: user.name, items });
        const batch = createHash('sha256')
          .update(items.map((n) => n.id).join(','))
          .digest('hex')
          .slice(0, 16);
        const dedupeKey = `notice-digest:${userId}:${batch}`;
        const [email] = await OutboxEmail.findOrCreate({
          where: { dedupeKey },
          defaults: {
            dedupeKey,
            kind: 'notification_digest',
            toAddress: user.email,
            toUserId: userId,
            subject: content.subject,
            textBody: content.text,
            htmlBody: content.html,
            attachments: [],
          },
          transaction,
        });
        await Notification.update({ outboxEmailId: email.id }, { where: { id: items.map((n) => n.id) }, transaction });
      }
      return byUser.size;
    }),
  );
}
