// The shapes the API sends (see server/presenters and /api/openapi.json).
export type Role = 'admin' | 'case_officer' | 'approver' | 'finance' | 'auditor' | 'centre_leader' | 'centre_staff';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface User {
  id: number;
  email: string;
  name: string;
  title: string | null;
  roles: Role[];
  centre: string | null;
  active: boolean;
  lastLoginAt: string | null;
  reminderDelivery?: 'single' | 'digest';
}

export interface CentreRef {
  code: string;
  name: string;
}

/** One centre as GET /api/centres/:code answers: with what you may do with it and create for it. */
export interface CentreDetail extends Centre {
  abilities: {
    update: boolean;
    delete: boolean;
    createLetter: boolean;
    createDeadline: boolean;
    createSteeringMeeting: boolean;
    createBudgetFrame: boolean;
    createAccountsReport: boolean;
  };
}

export interface Centre extends CentreRef {
  group: string | null;
  scope: 'national' | 'regional';
  hostOrganisation: { id: number; name: string; address: string | null } | null;
  city: string | null;
  address: string | null;
  established: number | null;
  staffApprox: number | null;
  active: boolean;
  note: string | null;
  teams: { name: string; regions: string[] }[];
}

export type LetterStatus = 'draft' | 'in_review' | 'approved' | 'issued';

export interface LetterSummary {
  id: number;
  centre: CentreRef;
  year: number;
  kind: 'main' | 'supplement';
  parentId: number | null;
  referenceNumber: string | null;
  status: LetterStatus;
  title: string;
  language: 'nb' | 'en';
  letterDate: string | null;
  issuedAt: string | null;
  updatedAt: string;
}

export type AssignmentStatus = 'not_started' | 'in_progress' | 'delivered' | 'completed' | 'cancelled';

export interface Assignment {
  id: number;
  letterId: number;
  centre: string;
  year: number | null;
  jointAssignmentId: number | null;
  rank: number;
  title: string;
  description: string | null;
  deadlineDate: string | null;
  deadlineToBeAgreed: boolean;
  status: AssignmentStatus;
}

export type DeadlineStatus = 'upcoming' | 'due_soon' | 'overdue' | 'submitted' | 'accepted' | 'returned' | 'cancelled';
export type DeadlineKind = 'plan' | 'accounts' | 'report' | 'assignment' | 'meeting' | 'action' | 'custom';

/** What the logged-in user may do across the system (GET /api/me), from the server's policies. */
export interface SystemAbilities {
  listUsers: boolean;
  createUser: boolean;
  readAuditTrail: boolean;
  manageOutbox: boolean;
  importIndicators: boolean;
  createJointAssignment: boolean;
  runBulkLetterJobs: boolean;
  createBudgetLine: boolean;
  importBudgetFrames: boolean;
  copyBudgetFrames: boolean;
}

export interface Me {
  user: User;
  abilities: SystemAbilities;
}

export interface Deadline {
  id: number;
  centre: CentreRef;
  year: number;
  kind: DeadlineKind;
  title: string;
  dueDate: string;
  periodYear: number | null;
  status: DeadlineStatus;
  letterId: number | null;
  assignmentId: number | null;
  steeringMeetingId: number | null;
}

/** One deadline as GET /api/deadlines/:id answers: with what you may do with it. */
export interface DeadlineDetail extends Deadline {
  abilities: { update: boolean; delete: boolean; handIn: boolean; review: boolean; moveDueDate: boolean };
}

export type MeetingStatus = 'planned' | 'scheduled' | 'held' | 'cancelled';

export interface SteeringMeeting {
  id: number;
  centre: CentreRef;
  year: number;
  sequence: number;
  meetingDate: string | null;
  plannedMonth: number | null;
  status: MeetingStatus;
  location: string | null;
  letterId: number | null;
  startTime: string | null;
  durationMinutes: number;
  videoLink: string | null;
  invitationSequence: number;
  invitedAt: string | null;
  agendaStatus: 'open' | 'final';
  preparation: {
    agendaDeadline: { id: number; dueDate: string; status: DeadlineStatus } | null;
    agendaItems: number;
    packStored: boolean;
    minutes: MinutesState;
  };
}

export type MinutesState = 'none' | 'draft' | 'partly_approved' | 'locked';
export type MeetingSide = 'directorate' | 'centre';
interface PersonRef {
  id: number;
  name: string;
}

export interface AgendaItem {
  id: number;
  position: number;
  title: string;
  description: string | null;
  side: MeetingSide;
  proposedBy: PersonRef | null;
  createdAt: string;
  files: { id: number; filename: string; byteSize: number }[];
  abilities: { update: boolean; delete: boolean };
}

export interface SteeringMeetingDetail extends SteeringMeeting {
  participants: { id: number; userId: number | null; name: string; email: string; side: MeetingSide }[];
  agenda: AgendaItem[];
  minutes: {
    summary: string | null;
    decisions: string[];
    actionItems: { id: number; title: string; owner: PersonRef | null; dueDate: string; deadlineId: number | null }[];
    directorateApproval: { by: PersonRef; at: string } | null;
    centreApproval: { by: PersonRef; at: string } | null;
    state: MinutesState;
    lockedAt: string | null;
  } | null;
  pack: { storedAt: string; sha256: string } | null;
  abilities: {
    update: boolean;
    invite: boolean;
    proposeAgendaItem: boolean;
    agendaClosedReason: string | null;
    manageAgenda: boolean;
    writeMinutes: boolean;
    approveMinutes: boolean;
  };
}

export interface BudgetFrame {
  id: number;
  centre: CentreRef;
  year: number;
  budgetLine: { id: number; year: number; chapter: number; item: number; name: string };
  amountOre: number;
  letterId: number | null;
  note: string | null;
}

export interface Letter extends LetterSummary {
  hostOrganisation: { name: string; address: string | null } | null;
  senderOrganisation: { code: string | null; name: string } | null;
  sections: { id: number; heading: string; body: string; recurring: boolean }[];
  priorityAreas: { id: number; title: string; description: string | null }[];
  assignments: Assignment[];
  budgetFrames: BudgetFrame[];
  deadlines: Deadline[];
  steeringMeetings: SteeringMeeting[];
  signatories: { name: string; title: string; byAuthority: boolean }[];
  copyRecipients: { name: string; organisationId: number | null }[];
  approvals: { name: string; title: string | null; method: 'electronic'; approvedAt: string }[];
  acceptedAt: string | null;
  acceptedBy: string | null;
  acceptedBankAccount: string | null;
  awaitingAcceptance: boolean;
  document: { sha256: string; byteSize: number; renderedAt: string } | null;
  abilities: LetterAbilities;
}

export interface LetterAbilities {
  update: boolean;
  delete: boolean;
  submit: boolean;
  approve: boolean;
  reopen: boolean;
  issue: boolean;
  accept: boolean;
  createSupplement: boolean;
  setAssignmentStatus: boolean;
}

export type LetterStep = 'submit' | 'approve' | 'reopen' | 'issue' | 'accept';

export interface Job {
  id: string;
  name: string;
  state: 'waiting' | 'active' | 'completed' | 'failed' | 'delayed' | 'prioritized' | 'waiting-children' | 'unknown';
  progress: { done: number; total: number } | null;
  result: unknown;
  failedReason: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface DeadlineSubmission {
  id: number;
  deadlineId: number;
  submittedBy: string | null;
  submittedAt: string;
  comment: string | null;
  files: { id: number; filename: string; contentType: string; byteSize: number; sha256: string }[];
  review: {
    status: 'pending' | 'accepted' | 'returned';
    reviewedBy: string | null;
    reviewedAt: string | null;
    comment: string | null;
    assessmentGoals: string | null;
    assessmentFunds: string | null;
  };
}

export interface Reminder {
  id: number | null;
  step: number;
  dueDate: string;
  sendOn: string;
  recipient: { name: string; email: string };
  status: 'planned' | 'pending' | 'sent' | 'cancelled' | 'failed';
  sentAt: string | null;
  error: string | null;
}

export interface Disbursement {
  id: number;
  amountOre: number;
  paidOn: string;
  voucherReference: string;
}

/** A budget frame as GET /api/budget-frames lists it, with what the reader may do with it. */
export interface FrameListItem extends BudgetFrame {
  abilities: { update: boolean; delete: boolean; createDisbursement: boolean };
}

/** One payment or reversal in the ledger (GET /api/disbursements). */
export interface LedgerEntry extends Disbursement {
  centre: CentreRef;
  year: number;
  budgetFrameId: number;
  budgetLine: { id: number; year: number; chapter: number; item: number; name: string };
  note: string | null;
  recordedBy: { email: string; name: string } | null;
  /** On a reversal: the payment it takes back. */
  reversesId: number | null;
  reversalReason: string | null;
  /** On a reversed payment: its reversal. */
  reversedById: number | null;
  abilities: { reverse: boolean };
}

export type AccountsStatus = 'submitted' | 'returned' | 'approved';
export type UnspentOutcome = 'carried_over' | 'repaid' | 'waived';

/** A centre's accounts for a year and budget line, with the variance against frame and payments. */
export interface AccountsReport {
  id: number;
  centre: CentreRef;
  year: number;
  budgetLine: { id: number; year: number; chapter: number; item: number; name: string };
  spentOre: number;
  unspentOre: number;
  comment: string | null;
  status: AccountsStatus;
  submittedAt: string;
  unspentOutcome: UnspentOutcome | null;
  reviewNote: string | null;
  reviewedAt: string | null;
  reviewedBy: { email: string; name: string } | null;
  variance: { frameOre: number; paidOre: number; spentVsFrameOre: number; unaccountedOre: number };
  abilities: { update: boolean; review: boolean };
}

/** POST /api/budget-frames/copy */
export interface FrameCopyResult {
  fromYear: number;
  toYear: number;
  linesCreated: number;
  framesCreated: number;
  framesSkipped: number;
}

export interface AuditEvent {
  id: number;
  actor: { id: number | null; email: string | null };
  action: string;
  entityType: string;
  entityId: string | null;
  centreId: number | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: string;
}

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

export interface SurveyIndicator {
  id: number;
  year: number;
  code: string;
  name: string;
  kind: 'centre' | 'group';
  respondents: number | null;
  contactedPct: number | null;
  channels: Record<SurveyChannel, number | null> | null;
}

/** Integer øre, as GET /api/portfolio sends them. */
export interface PortfolioFigures {
  frameOre: number;
  paidOre: number;
  remainingOre: number;
  spentOre: number;
  unspentOre: number;
}

export interface Portfolio {
  year: number;
  byCentre: (PortfolioFigures & { centre: CentreRef })[];
  totals: PortfolioFigures;
}

export interface Punctuality {
  year: number;
  items: { centre: CentreRef; due: number; onTime: number; late: number; open: number; overdue: number }[];
}

export interface DraftBasis {
  previousLetter: { id: number; year: number; title: string; status: LetterStatus } | null;
  recurringSections: { heading: string }[];
  priorityAreas: { title: string }[];
  openAssignments: {
    id: number;
    letterId: number;
    rank: number;
    title: string;
    status: AssignmentStatus;
    deadlineDate: string | null;
  }[];
}

export interface JointAssignment {
  id: number;
  year: number;
  title: string;
  description: string | null;
  centres: {
    centre: CentreRef;
    assignmentId: number;
    rank: number;
    status: AssignmentStatus;
    letterId: number;
    letterKind: 'main' | 'supplement';
    letterStatus: LetterStatus;
  }[];
}

export const outboxStatuses = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export interface OutboxEmail {
  id: number;
  kind: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  /** When a pending e-mail is tried again after a failed attempt. */
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** How delivery is going (GET /api/outbox/health). */
export interface MailHealth {
  failed: number;
  retrying: number;
  waiting: number;
  oldestRetryingSince: string | null;
  lastError: string | null;
}
