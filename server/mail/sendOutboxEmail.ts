// Sends one outbox e-mail. A row already sent is left alone, so a retried or duplicated job does
// not send again; a failure is recorded on the row and rethrown so BullMQ retries with backoff.
import { env } from '../env.js';
import { OutboxEmail } from '../models/index.js';
import { storage } from '../storage/index.js';
import { mailTransport } from './transport.js';
import { markReminders, reminderEmailKinds, reminderStillWanted } from '../reminders/reminderDelivery.js';

export async function sendOutboxEmail(
  id: number,
  options: { finalAttempt?: boolean } = {},
): Promise<'sent' | 'skipped'> {
  const email = await OutboxEmail.findByPk(id);
  if (email?.status !== 'pending') return 'skipped';
  const isReminder = reminderEmailKinds.has(email.kind);
  if (isReminder && !(await reminderStillWanted(email))) return 'skipped';
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
      // A stable Message-ID lets receiving servers drop a copy should a crash cause a resend.
      messageId: `<outbox-${email.id}.${email.dedupeKey.replace(/[^\w.-]/g, '-')}@styringsdialog>`,
    })) as { messageId?: string };
    await email.update({
      status: 'sent',
      sentAt: new Date(),
      attempts: email.attempts + 1,
      messageId: info.messageId ?? null,
      lastError: null,
    });
    if (isReminder) await markReminders(email, 'sent');
    return 'sent';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await email.update({
      attempts: email.attempts + 1,
      lastError: message,
      status: options.finalAttempt ? 'failed' : 'pending',
    });
    if (isReminder && options.finalAttempt) await markReminders(email, 'failed');
    throw error;
  }
}
