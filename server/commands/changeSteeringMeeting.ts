// Changes a steering meeting's plan. A change calendars must see (date, time, length, place, video
// link, cancellation) raises the invitation's SEQUENCE, moves the agenda deadline, and — once
// invitations have gone out — writes an update (or CANCEL) to every participant. The caller
// queues the e-mails after commit.
import type { Transaction } from 'sequelize';
import type { MeetingParticipant, OutboxEmail, SteeringMeeting } from '../models/index.js';
import type { MeetingStatus } from '../models/SteeringMeeting.js';
import { syncAgendaDeadline } from '../meetings/agendaDeadline.js';
import { writeInvitationEmails } from '../meetings/invitationEmails.js';

export interface MeetingChanges {
  sequence?: number;
  meetingDate?: string | null;
  plannedMonth?: number | null;
  startTime?: string | null;
  durationMinutes?: number;
  location?: string | null;
  videoLink?: string | null;
  letterId?: number | null;
  status?: MeetingStatus;
}

const calendarFields = ['meetingDate', 'startTime', 'durationMinutes', 'location', 'videoLink', 'status'] as const;

/** Expects the meeting locked, with its centre and participants loaded. */
export async function changeSteeringMeeting(
  meeting: SteeringMeeting & { participants: MeetingParticipant[] },
  changes: MeetingChanges,
  transaction: Transaction,
): Promise<OutboxEmail[]> {
  const calendarChanged = calendarFields.some(
    (field) => changes[field] !== undefined && changes[field] !== meeting[field],
  );
  const status =
    changes.status ??
    (meeting.status === 'planned' && (changes.meetingDate ?? meeting.meetingDate) ? 'scheduled' : undefined);
  await meeting.update(
    {
      ...changes,
      ...(status ? { status } : {}),
      ...(calendarChanged ? { invitationSequence: meeting.invitationSequence + 1 } : {}),
    },
    { transaction },
  );
  await syncAgendaDeadline(meeting, transaction);
  // A held meeting's calendars need no update; a cancellation always goes out once invited.
  if (!calendarChanged || !meeting.invitedAt || meeting.status === 'held') return [];
  return writeInvitationEmails(
    meeting,
    meeting.participants,
    meeting.status === 'cancelled' ? 'cancel' : 'update',
    transaction,
  );
}
