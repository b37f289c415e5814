// Status values as a person reads them in a message, in both languages.
import { say, type Localized } from './language.js';

const letterStatuses: Record<string, Localized> = {
  draft: say('et utkast', 'draft'),
  in_review: say('til godkjenning', 'in_review'),
  approved: say('godkjent', 'approved'),
  issued: say('utstedt', 'issued'),
};

/** A letter's status for a message ("Brevet er godkjent"); English keeps the status id. */
export const letterStatusName = (status: string): Localized => letterStatuses[status] ?? say(status, status);

const meetingStatuses: Record<string, Localized> = {
  planned: say('planlagt', 'planned'),
  scheduled: say('berammet', 'scheduled'),
  held: say('holdt', 'held'),
  cancelled: say('avlyst', 'cancelled'),
};

export const meetingStatusName = (status: string): Localized => meetingStatuses[status] ?? say(status, status);

const deadlineStatuses: Record<string, Localized> = {
  upcoming: say('kommende', 'upcoming'),
  due_soon: say('snart forfalt', 'due_soon'),
  overdue: say('forfalt', 'overdue'),
  submitted: say('levert', 'submitted'),
  accepted: say('godkjent', 'accepted'),
  returned: say('sendt tilbake', 'returned'),
  cancelled: say('avlyst', 'cancelled'),
};

export const deadlineStatusName = (status: string): Localized => deadlineStatuses[status] ?? say(status, status);

const deadlineKinds: Record<string, Localized> = {
  plan: say('en plan', 'plan'),
  accounts: say('et regnskap', 'accounts'),
  report: say('en rapport', 'report'),
  assignment: say('et oppdrag', 'assignment'),
  meeting: say('et møte', 'meeting'),
  action: say('et tiltak', 'action'),
  custom: say('en frist', 'custom'),
};

export const deadlineKindName = (kind: string): Localized => deadlineKinds[kind] ?? say(kind, kind);

const outboxStatuses: Record<string, Localized> = {
  pending: say('i kø', 'pending'),
  sending: say('under sending', 'sending'),
  sent: say('sendt', 'sent'),
  failed: say('feilet', 'failed'),
  cancelled: say('avbrutt', 'cancelled'),
};

export const outboxStatusName = (status: string): Localized => outboxStatuses[status] ?? say(status, status);
