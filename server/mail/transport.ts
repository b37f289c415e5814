// The one nodemailer transport of this process: pooled SMTP to SMTP_URL, or to the embedded
// catcher when SMTP_URL is not set (started on first use). Every wait on the server is bounded, so
// a server that accepts a connection and then says nothing fails the attempt instead of stalling
// delivery.
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { env } from '../env.js';
import { startMailCatcher } from './catcher.js';
import type { MailCatcher } from './catcher.js';

const timeouts = () => ({
  connectionTimeout: env.MAIL_CONNECTION_TIMEOUT_MS,
  greetingTimeout: env.MAIL_GREETING_TIMEOUT_MS,
  socketTimeout: env.MAIL_SOCKET_TIMEOUT_MS,
});

let transport: Promise<{ transporter: Transporter; catcher: MailCatcher | null }> | null = null;

async function create() {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    url.searchParams.set('pool', 'true');
    // nodemailer reads transport options from the URL's query (numbers as numbers).
    for (const [name, value] of Object.entries(timeouts())) url.searchParams.set(name, String(value));
    return { transporter: nodemailer.createTransport(url.toString()), catcher: null };
  }
  const catcher = await startMailCatcher();
  const transporter = nodemailer.createTransport({
    host: '127.0.0.1',
    port: catcher.port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    ...timeouts(),
  });
  return { transporter, catcher };
}

export async function mailTransport(): Promise<Transporter> {
  transport ??= create().catch((error: unknown) => {
    transport = null;
    throw error;
  });
  return (await transport).transporter;
}

export async function closeMailTransport(): Promise<void> {
  const current = transport;
  transport = null;
  if (!current) return;
  const { transporter, catcher } = await current;
  transporter.close();
  await catcher?.close();
}
