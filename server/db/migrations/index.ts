// Every migration in the order it runs. Add new ones at the end; never edit one that has landed.
import type { Migration } from './types.js';
import { initial } from './20261122-0001-initial.js';
import { letterIssuing } from './20261123-0002-letter-issuing.js';
import { finance } from './20261123-0003-finance.js';
import { indicators } from './20261123-0004-indicators.js';
import { mail } from './20261123-0005-mail.js';
import { remindersAndHandIns } from './20261123-0006-reminders-and-hand-ins.js';
import { reminderDelivery } from './20261123-0007-reminder-delivery.js';
import { steeringMeetings } from './20261123-0008-steering-meetings.js';
import { outboxDelivery } from './20261130-0009-outbox-delivery.js';
import { credentialVersion } from './20261130-0010-credential-version.js';
import { storedFiles } from './20261130-0011-stored-files.js';
import { letterReturnReason } from './20261130-0050-letter-return-reason.js';
import { notifications } from './20261130-0060-notifications.js';
import { searchIndexes } from './20261130-0061-search-indexes.js';
import { disbursementReversals } from './20261130-0070-disbursement-reversals.js';
import { archiveJournal } from './20261130-0080-archive-journal.js';
import { listOrderIndexes } from './20261130-0090-list-order-indexes.js';
import { comments } from './20261204-0100-comments.js';
import { annualReports } from './20261204-0110-annual-reports.js';
import { longTermAssignments } from './20261204-0120-long-term-assignments.js';
import { outboxClaimToken } from './20261204-0130-outbox-claim-token.js';
import { budgetFrameListOrder } from './20261205-0140-budget-frame-list-order.js';

export const migrations: Migration[] = [
  initial,
  letterIssuing,
  finance,
  indicators,
  mail,
  remindersAndHandIns,
  reminderDelivery,
  steeringMeetings,
  outboxDelivery,
  credentialVersion,
  storedFiles,
  letterReturnReason,
  notifications,
  searchIndexes,
  disbursementReversals,
  archiveJournal,
  listOrderIndexes,
  comments,
  annualReports,
  longTermAssignments,
  outboxClaimToken,
  budgetFrameListOrder,
];
