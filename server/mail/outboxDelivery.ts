// Delivers one outbox e-mail: at least once into SMTP, and never twice because our own
// bookkeeping failed.
// 1. Claim: one UPDATE turns a due 'pending' row — or a 'sending' row whose lease ran out, its
//    sender having died — into 'sending' with a fresh lease. Only the one whose UPDATE matched sends.
// 2. A delivery mark in Redis (deliveryMarks.ts) says SMTP already accepted it: record 'sent', send nothing.
// 3. SMTP. On acceptance the mark is written, then 'sent' is recorded together with the reminders
//    behind the e-mail, in one transaction, retried on its own while the database is away.
// 4. Refused or unreachable: back to 'pending' until nextAttemptAt (doubling from MAIL_RETRY_BASE_MS
//    up to MAIL_RETRY_MAX_MS), or 'failed' once MAIL_GIVE_UP_HOURS have passed since the first
//    attempt. A permanent refusal (an SMTP 5xx answer) fails at once.
import { QueryTypes } from 'sequelize';
import { env } from '../env.js';
import { logger } from '../logger.js';
import { sequelize } from '../db/sequelize.js';
import { withTransaction } from '../db/transaction.js';
import { OutboxEmail, Reminder } from '../models/index.js';
import { storage } from '../storage/index.js';
import { mailTransport } from './transport.js';
import { acceptedEarlier, rememberAccepted } from './deliveryMarks.js';
import type { DeliveryMark } from './deliveryMarks.js';
import { reminderEmailKinds, reminderStillWanted } from '../reminders/reminderDelivery.js';

export type DeliveryOutcome =
  | { result: 'sent' | 'recorded' | 'cancelled' | 'failed' | 'skipped' }
  | { result: 'retry'; inMs: number; attempts: number };

const micros = (ms: number) => Math.round(ms * 1000);

/** Makes this worker the only sender of the row; false when there is nothing to do (sent, cancelled, claimed elsewhere, not due). */
async function claim(id: number): Promise<boolean> {
  const [, affected] = await sequelize.query(
    `UPDATE outbox_emails
        SET status = 'sending', lease_until = NOW(3) + INTERVAL :lease MICROSECOND, attempts = attempts + 1,
            first_attempt_at = COALESCE(first_attempt_at, NOW(3)), updated_at = NOW()
      WHERE id = :id
        AND ((status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= NOW(3)))
          OR (status = 'sending' AND lease_until < NOW(3)))`,
    { replacements: { id, lease: micros(env.MAIL_LEASE_MS) }, type: QueryTypes.UPDATE },
  );
  return affected === 1;
}

/** 'sent' and the reminders carried by the e-mail, in one transaction. */
async function recordSent(id: number, mark: DeliveryMark): Promise<void> {
  await withTransaction(async (transaction) => {
    await OutboxEmail.update(
      {
        status: 'sent',
        sentAt: new Date(mark.acceptedAt),
        messageId: mark.messageId,
        lastError: null,
        leaseUntil: null,
        nextAttemptAt: null,
      },
      { where: { id, status: 'sending' }, transaction },
    );
    await Reminder.update({ status: 'sent' }, { where: { outboxEmailId: id, status: 'pending' }, transaction });
  });
}

/**
 * Keeps trying to record an accepted e-mail while the database is away, for most of the lease:
 * after that another worker may take the row over, and it finds the delivery mark.
 */
async function recordSentPatiently(id: number, mark: DeliveryMark): Promise<void> {
  const giveUpAt = Date.now() + env.MAIL_LEASE_MS * 0.8;
  for (let wait = 100; ; wait = Math.min(wait * 2, 5000)) {
    try {
      return await recordSent(id, mark);
    } catch (error) {
      if (Date.now() + wait > giveUpAt) throw error;
      logger.warn({ err: error, emailId: id }, 'e-mail accepted by SMTP; recording it as sent failed, trying again');
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

const isPermanent = (error: unknown) => {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500;
};

/** The wait before attempt n + 1 after n attempts: doubling, capped. */
export const retryDelayMs = (attempts: number) =>
  Math.min(env.MAIL_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), env.MAIL_RETRY_MAX_MS);

async function recordFailure(email: OutboxEmail, error: unknown): Promise<DeliveryOutcome> {
  const message = error instanceof Error ? error.message : String(error);
  const delay = retryDelayMs(email.attempts);
  return withTransaction(async (transaction) => {
    await sequelize.query(
      `UPDATE outbox_emails
          SET status = IF(:permanent OR first_attempt_at + INTERVAL :giveUp MICROSECOND <= NOW(3) + INTERVAL :delay MICROSECOND,
                          'failed', 'pending'),
              next_attempt_at = NOW(3) + INTERVAL :delay MICROSECOND, lease_until = NULL,
              last_error = :message, updated_at = NOW()
        WHERE id = :id AND status = 'sending'`,
      {
        replacements: {
          id: email.id,
          permanent: isPermanent(error),
          giveUp: micros(env.MAIL_GIVE_UP_HOURS * 3600_000),
          delay: micros(delay),
          message: message.slice(0, 2000),
        },
        type: QueryTypes.UPDATE,
        transaction,
      },
    );
    const after = await OutboxEmail.findByPk(email.id, { attributes: ['status', 'attempts'], transaction });
    if (after?.status !== 'failed')
      return { result: 'retry', inMs: delay, attempts: after?.attempts ?? email.attempts };
    await Reminder.update({ status: 'failed' }, { where: { outboxEmailId: email.id, status: 'pending' }, transaction });
    logger.error({ emailId: email.id, kind: email.kind, error: message }, 'e-mail failed for good');
    return { result: 'failed' };
  });
}

export async function deliverOutboxEmail(id: number): Promise<DeliveryOutcome> {
  if (!(await claim(id))) return { result: 'skipped' };
  const email = (await OutboxEmail.findByPk(id))!;
  const earlier = await acceptedEarlier(id);
  if (earlier) {
    await recordSentPatiently(id, earlier);
    return { result: 'recorded' };
  }
  if (reminderEmailKinds.has(email.kind) && !(await reminderStillWanted(email))) return { result: 'cancelled' };

  let mark: DeliveryMark;
  try {
    const attachments = await Promise.all(
      email.attachments.map(async (a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: await storage.get(a.storageKey),
      })),
    );
    const transporter = await mailTransport();
    const info = (await transporter.sendMail({
      from: env.MAIL_FROM,
      to: email.toAddress,
      subject: email.subject,
      text: email.textBody,
      html: email.htmlBody,
      attachments,
      // A stable Message-ID lets receiving servers drop the copy a crash mid-send can cause.
      messageId: `<outbox-${email.id}.${email.dedupeKey.replace(/[^\w.-]/g, '-')}@styringsdialog>`,
    })) as { messageId?: string };
    mark = { messageId: info.messageId ?? null, acceptedAt: new Date().toISOString() };
  } catch (error) {
    return recordFailure(email, error);
  }
  await rememberAccepted(id, mark);
  await recordSentPatiently(id, mark);
  return { result: 'sent' };
}
