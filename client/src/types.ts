// The shapes the API sends, named for the pages. Each is the schema of the API's OpenAPI document
// (generated into ./api/schema.d.ts by scripts/openapi-types.ts in `npm run typecheck` and
// `npm run build`), so a change to a presenter's schema breaks the client's type check.
import type { components } from './api/schema';

type Schemas = components['schemas'];

export type User = Schemas['User'];
export type Role = User['roles'][number];
export type Me = Schemas['Me'];
/** What the logged-in user may do across the system (GET /api/me), from the server's policies. */
export type SystemAbilities = Me['abilities'];

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type Centre = Schemas['Centre'];
/** One centre as GET /api/centres/:code answers: with what you may do with it and create for it. */
export type CentreDetail = Schemas['CentreDetail'];
export type CentreRef = Pick<Centre, 'code' | 'name'>;

/** One centre on the case officer's year view (GET /api/overview/centres), picked on the server. */
export type CentreOverviewRow = Schemas['CentreOverviewRow'];

export type LetterSummary = Schemas['GrantLetterSummary'];
export type Letter = Schemas['GrantLetter'];
export type LetterStatus = LetterSummary['status'];
export type LetterAbilities = Letter['abilities'];
export type LetterStep = 'submit' | 'approve' | 'reopen' | 'issue' | 'accept';

export type Assignment = Schemas['Assignment'];
export type AssignmentStatus = Assignment['status'];

export type Deadline = Schemas['Deadline'];
/** One deadline as GET /api/deadlines/:id answers: with what you may do with it. */
export type DeadlineDetail = Schemas['DeadlineDetail'];
export type DeadlineStatus = Deadline['status'];
export type DeadlineKind = Deadline['kind'];
export type DeadlineSubmission = Schemas['DeadlineSubmission'];
export type Reminder = Schemas['Reminder'];
export type Punctuality = Schemas['DeadlinePunctuality'];

export type SteeringMeeting = Schemas['SteeringMeeting'];
export type SteeringMeetingDetail = Schemas['SteeringMeetingDetail'];
export type MeetingStatus = SteeringMeeting['status'];
export type MinutesState = SteeringMeeting['preparation']['minutes'];
export type AgendaItem = Schemas['AgendaItem'];
export type MeetingSide = AgendaItem['side'];

export type BudgetFrame = Schemas['BudgetFrame'];
export type Disbursement = Schemas['Disbursement'];
/** The portfolio's totals without its rows (GET /api/portfolio/summary). */
export type PortfolioSummary = Schemas['PortfolioSummary'];
/** Integer øre, as GET /api/portfolio and its summary send them. */
export type PortfolioFigures = PortfolioSummary['totals'];

export type Job = Schemas['Job'];
export type AuditEvent = Schemas['AuditEvent'];
export type DraftBasis = Schemas['LetterDraftBasis'];
export type JointAssignment = Schemas['JointAssignment'];

export const surveyChannels = [
  'web',
  'phone',
  'collaboration',
  'elearning',
  'articles',
  'course',
  'programme',
  'other',
] as const;
export type SurveyChannel = (typeof surveyChannels)[number];
export type SurveyIndicator = Schemas['SurveyIndicator'];

export const outboxStatuses = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxEmail = Schemas['OutboxEmail'];
export type OutboxStatus = OutboxEmail['status'];
/** How delivery is going (GET /api/outbox/health). */
export type MailHealth = Schemas['MailHealth'];

/** A centre's structured report against a report deadline (GET /api/deadlines/:id/report). */
export type AnnualReport = Schemas['AnnualReport'];
export type ReportStatus = AnnualReport['status'];
export type ReportAbilities = AnnualReport['abilities'];
export type ReportContent = Schemas['ReportContent'];
export type ReportAssignmentEntry = ReportContent['assignments'][number];
export type ReportBasis = AnnualReport['basis'];
export type ReportVersion = Schemas['ReportVersion'];
/** GET /api/deadlines/:id/report/versions/:n: one submitted version as it was handed in. */
export type ReportVersionContent = ReportVersion & { content: ReportContent };
export type ReportAssessment = Schemas['ReportAssessment'];
export type Achievement = ReportAssessment['achievement'];
export type ReportAccounts = Schemas['AccountsReport'];

import { achievements, activityChannels, reportAssignmentStatuses } from '../../common/reportVocabulary.js';

export { achievements, activityChannels, reportAssignmentStatuses };
export type ReportAssignmentStatus = (typeof reportAssignmentStatuses)[number];
export type ActivityChannel = (typeof activityChannels)[number];

// The lists the pages offer must be the ones the API accepts: a difference fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const listsMatch: [
  Same<SurveyChannel, keyof NonNullable<SurveyIndicator['channels']>>,
  Same<(typeof outboxStatuses)[number], OutboxStatus>,
  Same<ReportAssignmentStatus, NonNullable<ReportAssignmentEntry['status']>>,
  Same<ActivityChannel, ReportContent['activities'][number]['channel']>,
  Same<(typeof achievements)[number], Achievement>,
] = [true, true, true, true, true];
void listsMatch;

/** What GET /api/letters/:id/checks warns of before a letter goes on (years that do not fit, no frame). */
export type LetterChecks = Schemas['LetterChecks'];
export type LetterYearMismatch = LetterChecks['yearMismatches'][number];

/** GET /api/me/tasks: what waits for the user, across years, and their latest notifications. */
export type Tasks = Schemas['Tasks'];
export type Task = Tasks['items'][number];
export type Notice = Tasks['notifications'][number];

/** GET /api/search: hits grouped by kind, best first. */
export type SearchResults = Schemas['SearchResults'];
export type SearchHit = SearchResults['groups'][number]['items'][number];

/** A budget frame as GET /api/budget-frames lists it, with what the reader may do with it. */
export type FrameListItem = BudgetFrame & {
  abilities: { update: boolean; delete: boolean; createDisbursement: boolean };
};
/** One payment or reversal in the ledger (GET /api/disbursements), with what the reader may do. */
export type LedgerEntry = Disbursement & { abilities: { reverse: boolean } };
/** A centre's accounts for a year and budget line as listed, with what the reader may do with them. */
export type AccountsReport = Schemas['AccountsReport'] & { abilities: { update: boolean; review: boolean } };
export type AccountsStatus = AccountsReport['status'];
export type UnspentOutcome = NonNullable<AccountsReport['unspentOutcome']>;
/** POST /api/budget-frames/copy */
export type FrameCopyResult = Schemas['BudgetFrameCopy'];

/** One comment in a thread (GET /api/comments); `body` is null once deleted. */
export type Comment = Schemas['Comment'];
export type CommentSubjectType = Comment['subjectType'];
export type MentionablePerson = Schemas['MentionablePerson'];

/** Reports and assessments across centres and years (GET /api/results). */
export type ResultsPortfolio = Schemas['ResultsPortfolio'];
