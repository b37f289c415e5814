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
  /** What kind of e-mail it is, for every kind the server writes to the outbox. */
  outboxKind: {
    reminder: 'Påminnelse om frist',
    reminder_digest: 'Samlet påminnelse om frister',
    letter_issued: 'Tilskuddsbrev utstedt',
    meeting_invitation: 'Møteinvitasjon',
    meeting_pack: 'Møtepakke',
    notification_digest: 'Samlet varsel',
    letter_submitted: 'Brev sendt til godkjenning',
    letter_approved: 'Brev godkjent',
    letter_returned: 'Brev sendt tilbake',
    letter_accepted: 'Brev akseptert',
    hand_in: 'Innlevering',
    hand_in_reviewed: 'Innlevering vurdert',
    minutes_waiting: 'Referat venter på godkjenning',
    comment_mention: 'Nevnt i en kommentar',
  } as Record<string, string>,
  otherEmail: 'E-post',
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
  outboxKind: {
    reminder: 'Deadline reminder',
    reminder_digest: 'Deadline reminders in one',
    letter_issued: 'Grant letter issued',
    meeting_invitation: 'Meeting invitation',
    meeting_pack: 'Meeting pack',
    notification_digest: 'Notifications in one',
    letter_submitted: 'Letter sent for approval',
    letter_approved: 'Letter approved',
    letter_returned: 'Letter sent back',
    letter_accepted: 'Letter accepted',
    hand_in: 'Hand-in',
    hand_in_reviewed: 'Hand-in reviewed',
    minutes_waiting: 'Minutes waiting for approval',
    comment_mention: 'Mentioned in a comment',
  },
  otherEmail: 'E-mail',
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
