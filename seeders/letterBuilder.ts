// Turns a plain description of a letter into rows: the letter and its sections, priority areas,
// assignments, signatories, approvals, copy recipients, budget frames, deadlines and steering
// meetings. The demo letters are written as data; this is the one place that knows the tables.
import {
  Assignment,
  BudgetFrame,
  Deadline,
  GrantLetter,
  LetterApproval,
  LetterCopyRecipient,
  LetterSection,
  LetterSignatory,
  PriorityArea,
  SteeringMeeting,
} from '../server/models/index.js';
import type { AssignmentStatus } from '../server/models/Assignment.js';
import type { DeadlineKind, DeadlineStatus } from '../server/models/Deadline.js';
import type { LetterStatus } from '../server/models/GrantLetter.js';
import type { MeetingStatus } from '../server/models/SteeringMeeting.js';
import { budgetLineKey, lookUp } from './context.js';
import type { BudgetItem, SeedContext } from './context.js';
import { isBefore, todayInOslo } from './calendar.js';

/** Amounts in the specs are written in kroner for reading and stored in øre. */
export const kroner = (amount: number) => amount * 100;

export interface AssignmentSpec {
  rank: number;
  title: string;
  description?: string | null;
  deadlineDate?: string | null;
  deadlineToBeAgreed?: boolean;
  status?: AssignmentStatus;
  jointAssignmentId?: number | null;
}

export interface LetterSpec {
  centreCode: string;
  year: number;
  status: LetterStatus;
  title: string;
  referenceNumber?: string | null;
  letterDate?: string | null;
  issuedAt?: Date | null;
  createdByEmail?: string | null;
  sections: { heading: string; body: string; recurring?: boolean }[];
  priorityAreas: { title: string; description?: string | null }[];
  assignments: AssignmentSpec[];
  signatories?: { name: string; title: string; byAuthority?: boolean }[];
  approvals?: { userEmail?: string | null; name: string; title?: string | null; approvedAt: Date }[];
  /** organisationCode links the recipient to a known organisation. */
  copyRecipients?: { name: string; organisationCode?: string }[];
  frames?: { year: number; item: BudgetItem; amountOre: number; note?: string | null }[];
  /** Plan, accounts and report deadlines; assignment deadlines follow from the assignments. */
  deadlines?: {
    kind: DeadlineKind;
    title: string;
    dueDate: string;
    periodYear: number | null;
    status: DeadlineStatus;
  }[];
  meetings?: {
    sequence: number;
    meetingDate?: string | null;
    plannedMonth?: number | null;
    status: MeetingStatus;
    location?: string | null;
  }[];
}

export async function createLetter(spec: LetterSpec, context: SeedContext): Promise<GrantLetter> {
  const { transaction } = context;
  const centre = lookUp(context.centres, spec.centreCode, 'centre');
  const userId = (email: string | null | undefined) => (email ? lookUp(context.users, email, 'user').id : null);

  // create (not bulkCreate) so the hook that fills mainSlot runs.
  const letter = await GrantLetter.create(
    {
      centreId: centre.id,
      year: spec.year,
      kind: 'main',
      parentId: null,
      referenceNumber: spec.referenceNumber ?? null,
      status: spec.status,
      title: spec.title,
      letterDate: spec.letterDate ?? null,
      senderOrganisationId: lookUp(context.organisations, 'HDIR', 'organisation').id,
      createdById: userId(spec.createdByEmail),
      issuedAt: spec.issuedAt ?? null,
    },
    { transaction },
  );
  const letterId = letter.id;
  const positioned = <T>(rows: T[]) => rows.map((row, index) => ({ ...row, letterId, position: index + 1 }));

  await LetterSection.bulkCreate(positioned(spec.sections), { transaction });
  await PriorityArea.bulkCreate(positioned(spec.priorityAreas), { transaction });
  await LetterSignatory.bulkCreate(positioned(spec.signatories ?? []), { transaction });
  await LetterCopyRecipient.bulkCreate(
    positioned(
      (spec.copyRecipients ?? []).map(({ name, organisationCode }) => ({
        name,
        organisationId: organisationCode ? lookUp(context.organisations, organisationCode, 'organisation').id : null,
      })),
    ),
    { transaction },
  );
  await LetterApproval.bulkCreate(
    (spec.approvals ?? []).map(({ userEmail, ...approval }) => ({
      title: null,
      ...approval,
      letterId,
      userId: userId(userEmail),
      method: 'electronic' as const,
    })),
    { transaction },
  );

  const assignments = await Assignment.bulkCreate(
    spec.assignments.map((assignment) => ({
      description: null,
      deadlineDate: null,
      jointAssignmentId: null,
      ...assignment,
      letterId,
      centreId: centre.id,
    })),
    { transaction },
  );

  await BudgetFrame.bulkCreate(
    (spec.frames ?? []).map(({ item, ...frame }) => ({
      note: null,
      ...frame,
      centreId: centre.id,
      // The letter states the frame (NAPHA 2009 states 2008's too), so its detail view shows it.
      letterId,
      budgetLineId: lookUp(context.budgetLines, budgetLineKey(frame.year, item), 'budget line').id,
    })),
    { transaction },
  );

  await SteeringMeeting.bulkCreate(
    (spec.meetings ?? []).map((meeting) => ({
      meetingDate: null,
      plannedMonth: null,
      location: null,
      ...meeting,
      centreId: centre.id,
      year: spec.year,
      letterId,
    })),
    { transaction },
  );

  // Issuing creates the deadlines, so letters not yet issued have none.
  if (spec.status === 'issued') {
    const today = todayInOslo();
    await Deadline.bulkCreate(
      [
        ...(spec.deadlines ?? []).map((deadline) => ({ ...deadline, assignmentId: null })),
        ...assignments.flatMap((assignment) =>
          assignment.deadlineDate
            ? [
                {
                  kind: 'assignment' as const,
                  title: assignment.title,
                  dueDate: assignment.deadlineDate,
                  periodYear: spec.year,
                  status: assignmentDeadlineStatus(assignment.status, isBefore(assignment.deadlineDate, today)),
                  assignmentId: assignment.id,
                },
              ]
            : [],
        ),
      ].map((deadline) => ({ ...deadline, centreId: centre.id, year: spec.year, letterId, steeringMeetingId: null })),
      { transaction },
    );
  }

  return letter;
}

/** A finished assignment's deadline is settled; an open one is still owed, late or not. */
function assignmentDeadlineStatus(status: AssignmentStatus, isPast: boolean): DeadlineStatus {
  if (status === 'completed') return 'accepted';
  if (status === 'delivered') return 'submitted';
  if (status === 'cancelled') return 'cancelled';
  return isPast ? 'overdue' : 'upcoming';
}
