// Sends the invitation (METHOD:REQUEST with the current SEQUENCE) to every participant. Sending
// again writes nothing new for those who already have this version, so it is safe to repeat;
// a participant added since gets it. The caller queues the e-mails after commit.
import type { Transaction } from 'sequelize';
import type { MeetingParticipant, OutboxEmail, SteeringMeeting } from '../models/index.js';
import { meetingStatusName } from '../i18n/statusNames.js';
import { Conflict } from '../errors.js';
import { writeInvitationEmails } from '../meetings/invitationEmails.js';
import { say } from '../i18n/language.js';

/** Expects the meeting locked, with its centre and participants loaded. */
export async function inviteToMeeting(
  meeting: SteeringMeeting & { participants: MeetingParticipant[] },
  transaction: Transaction,
): Promise<OutboxEmail[]> {
  if (meeting.status === 'cancelled' || meeting.status === 'held')
    throw Conflict(
      say(
        `Møtet er ${meetingStatusName(meeting.status).nb}; invitasjoner sendes bare til et kommende møte.`,
        `The meeting is ${meeting.status}; invitations go out only for a coming meeting.`,
      ),
    );
  if (!meeting.meetingDate || !meeting.startTime)
    throw Conflict(
      say(
        'Avtal dato og starttid før invitasjonene sendes.',
        'Agree the date and start time (meetingDate, startTime) before sending invitations.',
      ),
    );
  if (meeting.participants.length === 0)
    throw Conflict(say('Legg til deltakere før invitasjonene sendes.', 'Add participants before sending invitations.'));
  if (!meeting.invitedAt) await meeting.update({ invitedAt: new Date() }, { transaction });
  return writeInvitationEmails(meeting, meeting.participants, 'new', transaction);
}
