// Delivers outbox e-mails, a small batch at a time: each at least once into SMTP, and never twice
// because our own bookkeeping failed.
// 1. Claim: one UPDATE turns the batch's due 'pending' rows — and 'sending' rows whose lease ran
//    out, their sender having died — into 'sending' with a fresh lease and this claim's token.
//    Only the sender whose UPDATE matched a row sends it; one SELECT reads back the rows it won,
//    with the reminders each carries (and their deadlines).
// 2. A delivery mark in Redis (deliveryMarks.ts) says SMTP already accepted a row: record it as
//    'sent', send nothing.
// 3. SMTP, one e-mail after the other. On acceptance its mark is written at once; at the end of
//    the batch every accepted row is recorded 'sent' with its reminders in one UPDATE (atomic on
//    its own), retried while the database is away. A sender that dies before that leaves marks,
//    and whoever takes the rows over records them instead of sending them again.
// 4. Refused or unreachable: back to 'pending' until nextAttemptAt (doubling from MAIL_RETRY_BASE_MS
//    up to MAIL_RETRY_MAX_MS), or 'failed' once MAIL_GIVE_UP_HOURS have passed since the first
//    attempt. A permanent refusal (an SMTP 5xx answer) fails at once.
// 5. A batch that has used half its lease (a slow mail server) gives the rows it has not tried
//    back as pending, so no lease runs out while its sender still means to send; so does a batch
//    that fails half-way, after recording what SMTP accepted. A batch that has been sending for
//    a second reads its reminders again, so a deadline handed in meanwhile gets none.
// A sweep's day brings thousands of reminders, so this path is plain SQL — three statements per
// batch — and no model objects (bench/reminders.ts measures it against bare nodemailer).
import { randomUUID } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import { env } from '../env.js';
import { logger } from '../logger.js';
import { sequelize } from '../db/sequelize.js';
import { withTransaction } from '../db/transaction.js';
import { fromJsonColumn } from '../models/jsonText.js';
import { OutboxEmail, Reminder } from '../models/index.js';
import type { OutboxAttachment } from '../models/OutboxEmail.js';
import { storage } from '../storage/index.js';
import { mailTransport } from './transport.js';
import { acceptedEarlier, rememberAccepted } from './deliveryMarks.js';
import type { DeliveryMark } from './deliveryMarks.js';
import { reminderEmailKinds, reminderEmailToSend } from '../reminders/reminderDelivery.js';
import type { CarriedReminder } from '../reminders/reminderDelivery.js';

export type DeliveryOutcome =
  | { result: 'sent' | 'recorded' | 'cancelled' | 'failed' | 'skipped' }
  /** Not tried after all (the batch ran short of lease): pending again, to be queued at once. */
  | { result: 'released'; attempts: number }
  | { result: 'retry'; inMs: number; attempts: number };

const micros = (ms: number) => Math.round(ms * 1000);

/**
 * Makes this sender the only one of every row of `ids` that is due (or whose lease ran out);
 * returns the claim's token, or null when it won none (sent, cancelled, claimed elsewhere, not due).
 */
async function claim(ids: number[]): Promise<string | null> {
  const token = randomUUID();
  const [, affected] = await sequelize.query(
    `UPDATE outbox_emails
        SET status = 'sending', lease_until = NOW(3) + INTERVAL :lease MICROSECOND, attempts = attempts + 1,
            first_attempt_at = COALESCE(first_attempt_at, NOW(3)), claim_token = :token, updated_at = NOW()
      WHERE id IN (:ids)
        AND ((status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= NOW(3)))
          OR (status = 'sending' AND lease_until < NOW(3)))`,
    { replacements: { ids, token, lease: micros(env.MAIL_LEASE_MS) }, type: QueryTypes.UPDATE },
  );
  return affected > 0 ? token : null;
}

/** A claimed row as sending needs it, with the reminders it carries (none for other kinds). */
interface ClaimedEmail {
  id: number;
  kind: string;
  dedupeKey: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  attempts: number;
  attachments: OutboxAttachment[];
  reminders: CarriedReminder[];
}

// The reminders an e-mail carries, with their deadlines as they stand now.
const carriedReminders = `(SELECT JSON_ARRAYAGG(JSON_OBJECT('id', r.id, 'status', r.status, 'dueDate', r.due_date,
                                              'deadlineStatus', d.status, 'deadlineDueDate', d.due_date))
               FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
              WHERE r.outbox_email_id = o.id)`;

const remindersOf = (value: unknown) => (fromJsonColumn(value) as CarriedReminder[] | null) ?? [];

async function readClaimed(ids: number[], token: string): Promise<ClaimedEmail[]> {
  const rows = await sequelize.query<
    Omit<ClaimedEmail, 'attachments' | 'reminders'> & Record<'attachments' | 'reminders', unknown>
  >(
    `SELECT o.id, o.kind, o.dedupe_key AS dedupeKey, o.to_address AS toAddress, o.subject,
            o.text_body AS textBody, o.html_body AS htmlBody, o.attempts, o.attachments,
            ${carriedReminders} AS reminders
       FROM outbox_emails o
      WHERE o.id IN (:ids) AND o.claim_token = :token AND o.status = 'sending'
      ORDER BY o.id`,
    { replacements: { ids, token }, type: QueryTypes.SELECT },
  );
  return rows.map((row) => ({
    ...row,
    attachments: (fromJsonColumn(row.attachments) as OutboxAttachment[] | null) ?? [],
    reminders: remindersOf(row.reminders),
  }));
}

// A deadline handed in while a batch sends must not get its reminder: once the batch has been at it
// this long (a slow mail server), the reminders of the e-mails it has yet to send are read again.
const REMINDERS_FRESH_MS = 1000;

/** Reads again the reminders of those of `emails` that carry any (reminder e-mails). */
async function refreshReminders(emails: ClaimedEmail[]): Promise<void> {
  const carrying = emails.filter((email) => reminderEmailKinds.has(email.kind));
  if (!carrying.length) return;
  const rows = await sequelize.query<{ id: number; reminders: unknown }>(
    `SELECT o.id, ${carriedReminders} AS reminders FROM outbox_emails o WHERE o.id IN (:ids)`,
    { replacements: { ids: carrying.map((email) => email.id) }, type: QueryTypes.SELECT },
  );
  const byId = new Map(rows.map((row) => [Number(row.id), remindersOf(row.reminders)]));
  for (const email of carrying) email.reminders = byId.get(email.id) ?? [];
}

interface Accepted {
  id: number;
  mark: DeliveryMark;
}

/** 'sent', and the reminders carried by each e-mail with it: one statement, so all or nothing. */
async function recordSent(accepted: Accepted[]): Promise<void> {
  const replacements: Record<string, unknown> = { ids: accepted.map((a) => a.id) };
  const byRow = (column: string, value: (a: Accepted) => unknown) =>
    `CASE o.id ${accepted
      .map((a, i) => {
        replacements[`id${i}`] = a.id;
        replacements[`${column}${i}`] = value(a);
        return `WHEN :id${i} THEN :${column}${i}`;
      })
      .join(' ')} END`;
  const sentAt = byRow('sentAt', (a) => new Date(a.mark.acceptedAt));
  const messageId = byRow('messageId', (a) => a.mark.messageId);
  await sequelize.query(
    `UPDATE outbox_emails o
       LEFT JOIN reminders r ON r.outbox_email_id = o.id AND r.status = 'pending'
        SET o.status = 'sent', o.sent_at = ${sentAt}, o.message_id = ${messageId}, o.last_error = NULL,
            o.lease_until = NULL, o.next_attempt_at = NULL, o.updated_at = NOW(),
            r.status = 'sent', r.updated_at = NOW()
      WHERE o.id IN (:ids) AND o.status = 'sending'`,
    { replacements, type: QueryTypes.UPDATE },
  );
}

/**
 * Keeps trying to record accepted e-mails while the database is away, for most of the lease
 * taken at `claimedAt`: after that another sender may take the rows over, and it finds the marks.
 */
async function recordSentPatiently(accepted: Accepted[], claimedAt: number): Promise<void> {
  if (!accepted.length) return;
  const giveUpAt = claimedAt + env.MAIL_LEASE_MS * 0.8;
  for (let wait = 100; ; wait = Math.min(wait * 2, 5000)) {
    try {
      return await recordSent(accepted);
    } catch (error) {
      if (Date.now() + wait > giveUpAt) throw error;
      logger.warn(
        { err: error, emailIds: accepted.map((a) => a.id) },
        'e-mails accepted by SMTP; recording them as sent failed, trying again',
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * Rows of this claim not tried after all go back to pending at once, for the caller to queue again.
 * The claim's attempt is taken back, and the first attempt's time if this claim set it: an e-mail
 * given back untried was not attempted, so its backoff and give-up time stay as they were.
 */
async function release(ids: number[], token: string): Promise<void> {
  if (!ids.length) return;
  // Assignments run left to right: first_attempt_at sees attempts before it is lowered.
  await sequelize.query(
    `UPDATE outbox_emails
        SET status = 'pending', lease_until = NULL,
            first_attempt_at = IF(attempts <= 1, NULL, first_attempt_at), attempts = GREATEST(attempts - 1, 0),
            updated_at = NOW()
      WHERE id IN (:ids) AND claim_token = :token AND status = 'sending'`,
    { replacements: { ids, token }, type: QueryTypes.UPDATE },
  );
}

const isPermanent = (error: unknown) => {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500;
};

/** The wait before attempt n + 1 after n attempts: doubling, capped. */
export const retryDelayMs = (attempts: number) =>
  Math.min(env.MAIL_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), env.MAIL_RETRY_MAX_MS);

async function recordFailure(email: ClaimedEmail, error: unknown): Promise<DeliveryOutcome> {
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

/**
 * Sends one claimed e-mail; its mark is written as soon as SMTP has accepted it (`kept`: whether
 * Redis took the mark).
 */
async function send(
  email: ClaimedEmail,
): Promise<{ mark: DeliveryMark; kept: boolean } | 'cancelled' | { error: unknown }> {
  const content = reminderEmailKinds.has(email.kind) ? await reminderEmailToSend(email, email.reminders) : email;
  if (!content) return 'cancelled';
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
      subject: content.subject,
      text: content.textBody,
      html: content.htmlBody,
      attachments,
      // A stable Message-ID lets receiving servers drop the copy a crash mid-send can cause.
      messageId: `<outbox-${email.id}.${email.dedupeKey.replace(/[^\w.-]/g, '-')}@styringsdialog>`,
    })) as { messageId?: string };
    mark = { messageId: info.messageId ?? null, acceptedAt: new Date().toISOString() };
  } catch (error) {
    return { error };
  }
  return { mark, kept: await rememberAccepted(email.id, mark) };
}

/** Delivers the rows of `ids` that are due; the outcome of each, in the order of `ids`. */
export async function deliverOutboxEmails(ids: number[]): Promise<Map<number, DeliveryOutcome>> {
  const outcomes = new Map<number, DeliveryOutcome>(ids.map((id) => [id, { result: 'skipped' }]));
  const claimedAt = Date.now();
  const token = await claim(ids);
  if (!token) return outcomes;
  const claimed = await readClaimed(ids, token);
  let remindersReadAt = Date.now();
  const earlier = await acceptedEarlier(claimed.map((email) => email.id));
  const accepted: Accepted[] = [];
  const untried: number[] = [];
  let next = 0;
  try {
    for (; next < claimed.length; next += 1) {
      const email = claimed[next]!;
      const mark = earlier[next];
      if (mark) {
        accepted.push({ id: email.id, mark });
        outcomes.set(email.id, { result: 'recorded' });
      } else if (Date.now() - claimedAt > env.MAIL_LEASE_MS / 2) {
        untried.push(email.id);
        // The claim's count: it names the follow-up job apart from the job running now.
        outcomes.set(email.id, { result: 'released', attempts: email.attempts });
      } else {
        if (Date.now() - remindersReadAt > REMINDERS_FRESH_MS) {
          await refreshReminders(claimed.slice(next));
          remindersReadAt = Date.now();
        }
        const sent = await send(email);
        if (sent === 'cancelled') outcomes.set(email.id, { result: 'cancelled' });
        else if ('error' in sent) outcomes.set(email.id, await recordFailure(email, sent.error));
        else {
          outcomes.set(email.id, { result: 'sent' });
          // Without its mark in Redis nothing would stop a second copy should this sender die
          // before the end of the batch: recorded at once instead.
          if (sent.kept) accepted.push({ id: email.id, mark: sent.mark });
          else await recordSentPatiently([{ id: email.id, mark: sent.mark }], claimedAt);
        }
      }
    }
  } finally {
    // Also when something above threw: what SMTP accepted is recorded, and the rows never reached
    // go back to pending (the one in hand keeps its lease, as a dead sender's would).
    untried.push(...claimed.slice(next + 1).map((email) => email.id));
    await release(untried, token).catch((error: unknown) =>
      logger.warn({ err: error, emailIds: untried }, 'could not give back untried e-mails; their lease will'),
    );
    await recordSentPatiently(accepted, claimedAt);
  }
  return outcomes;
}
