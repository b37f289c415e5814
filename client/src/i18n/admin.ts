// Texts for the admin home: job queues and the outbox. Bokmål first; English with exactly the same keys.

import { pluralFor } from './plural.js';

const nbCount = pluralFor('nb');
const enCount = pluralFor('en');

export const nb = {
  adminTitle: 'Administrasjon',
  adminIntro: 'Brukere, revisjonslogg, jobbkøene og e-post appen har sendt.',
  queues: 'Jobbkøer',
  queuesIntro: 'Utsending, påminnelser og andre bakgrunnsjobber (Bull Board).',
  outbox: 'Utgående e-post',
  outboxIntro: 'All e-post appen har lagt i kø, sendt, avbrutt eller ikke fått sendt. Nyeste først.',
  allStatuses: 'Alle',
  outboxStatus: { pending: 'Venter', sending: 'Sendes', sent: 'Sendt', failed: 'Feilet', cancelled: 'Avbrutt' },
  mailFailedTitle: (n: number) => nbCount(n, '# e-post ble ikke sendt', '# e-poster ble ikke sendt'),
  mailFailedBody: 'E-postserveren avviste dem, eller svarte ikke på et døgn. Rett feilen, og send dem på nytt.',
  mailRetryingTitle: (n: number) => nbCount(n, '# e-post venter på nytt forsøk', '# e-poster venter på nytt forsøk'),
  mailRetryingSince: (since: string) =>
    `E-postserveren har ikke tatt imot e-post siden ${since}. Appen prøver igjen av seg selv.`,
  mailLastError: 'Siste feilmelding',
  resendAllFailed: 'Send alle feilede på nytt',
  resend: 'Send på nytt',
  resendLabel: (subject: string, to: string) => `Send «${subject}» til ${to} på nytt`,
  resentCount: (n: number) => nbCount(n, '# e-post er lagt i kø på nytt.', '# e-poster er lagt i kø på nytt.'),
  nextAttempt: (when: string) => `Nytt forsøk ${when}`,
  noOutbox: 'Ingen e-post med denne statusen.',
  subject: 'Emne',
  attempts: 'Forsøk',
};

export const en: typeof nb = {
  adminTitle: 'Administration',
  adminIntro: 'Users, the audit trail, the job queues and the e-mail the app has sent.',
  queues: 'Job queues',
  queuesIntro: 'Issuing, reminders and other background jobs (Bull Board).',
  outbox: 'Outgoing e-mail',
  outboxIntro: 'All e-mail the app has queued, sent, cancelled or failed to send. Newest first.',
  allStatuses: 'All',
  outboxStatus: { pending: 'Pending', sending: 'Sending', sent: 'Sent', failed: 'Failed', cancelled: 'Cancelled' },
  mailFailedTitle: (n) => enCount(n, '# e-mail was not sent', '# e-mails were not sent'),
  mailFailedBody: 'The mail server refused them, or did not answer for a day. Fix the cause, then send them again.',
  mailRetryingTitle: (n) =>
    enCount(n, '# e-mail is waiting to be tried again', '# e-mails are waiting to be tried again'),
  mailRetryingSince: (since: string) =>
    `The mail server has not accepted mail since ${since}. The app keeps trying on its own.`,
  mailLastError: 'Last error',
  resendAllFailed: 'Send all failed again',
  resend: 'Send again',
  resendLabel: (subject: string, to: string) => `Send “${subject}” to ${to} again`,
  resentCount: (n) => enCount(n, '# e-mail is queued again.', '# e-mails are queued again.'),
  nextAttempt: (when: string) => `Next attempt ${when}`,
  noOutbox: 'No e-mail with this status.',
  subject: 'Subject',
  attempts: 'Attempts',
};
