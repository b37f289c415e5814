// The embedded SMTP catcher: without SMTP_URL the app sends its mail here, a real SMTP server
// (smtp-server) on a free local port that keeps each message in the caught_emails table, so
// nothing leaves the machine and admins can still read what would have gone out.
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import PostalMime from 'postal-mime';
import { CaughtEmail } from '../models/index.js';
import { logger } from '../logger.js';

export interface MailCatcher {
  port: number;
  close(): Promise<void>;
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'Styringsdialog mail catcher',
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        void (async () => {
          const email = await PostalMime.parse(Buffer.concat(chunks));
          await CaughtEmail.create({
            messageId: email.messageId ?? null,
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            subject: email.subject ?? null,
            textBody: email.text ?? null,
            htmlBody: email.html ?? null,
            attachments: email.attachments.map((a) => {
              const content = Buffer.from(a.content as ArrayBuffer);
              return {
                filename: a.filename,
                contentType: a.mimeType,
                size: content.length,
                sha256: createHash('sha256').update(content).digest('hex'),
              };
            }),
            receivedAt: new Date(),
          });
        })().then(
          () => callback(),
          (error: unknown) => {
            logger.error({ err: error }, 'mail catcher could not keep a message');
            callback(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  logger.info({ port }, 'mail catcher listening (SMTP_URL not set)');
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
