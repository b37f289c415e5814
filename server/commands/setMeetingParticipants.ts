// Replaces who is invited to a steering meeting. Users are named by id (their own name and e-mail
// are used; they must belong to the directorate or to the meeting's centre); guests by name and
// e-mail. Once invitations are out, a changed list is a new version of the invitation: those still
// invited get the update, those taken off get a CANCEL for their calendar.
import type { Transaction } from 'sequelize';
import { MeetingParticipant, User } from '../models/index.js';
import type { OutboxEmail, SteeringMeeting } from '../models/index.js';
import type { MeetingSide } from '../models/SteeringMeeting.js';
import { ValidationError } from '../errors.js';
import type { FieldProblem } from '../errors.js';
import { writeInvitationEmails } from '../meetings/invitationEmails.js';
import { say } from '../i18n/language.js';

export type ParticipantInput = { userId: number } | { name: string; email: string; side: MeetingSide };

/** Expects the meeting locked, with its centre and participants loaded. */
export async function setMeetingParticipants(
  meeting: SteeringMeeting & { participants: MeetingParticipant[] },
  inputs: ParticipantInput[],
  transaction: Transaction,
): Promise<OutboxEmail[]> {
  const userIds = inputs.flatMap((p) => ('userId' in p ? [p.userId] : []));
  const users = new Map(
    (await User.findAll({ where: { id: userIds, active: true }, transaction })).map((u) => [u.id, u]),
  );
  const problems: FieldProblem[] = [];
  const rows = inputs.map((input, index) => {
    if (!('userId' in input)) return { ...input, email: input.email.toLowerCase(), userId: null };
    const user = users.get(input.userId);
    if (!user || (user.isCentreUser && user.centreId !== meeting.centreId)) {
      problems.push({
        field: `body.participants.${index}.userId`,
        message: say(
          `ingen aktiv bruker ${input.userId} i direktoratet eller ved dette senteret`,
          `no active user ${input.userId} at the directorate or this centre`,
        ),
      });
      return null;
    }
    return {
      userId: user.id,
      name: user.name,
      email: user.email.toLowerCase(),
      side: user.isCentreUser ? ('centre' as const) : ('directorate' as const),
    };
  });
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (!row) return;
    if (seen.has(row.email))
      problems.push({
        field: `body.participants.${index}`,
        message: say(`${row.email} står to ganger`, `${row.email} is listed twice`),
      });
    seen.add(row.email);
  });
  if (problems.length) throw ValidationError(problems);

  await MeetingParticipant.destroy({ where: { steeringMeetingId: meeting.id }, transaction });
  const participants = await MeetingParticipant.bulkCreate(
    rows.map((row) => ({ ...row!, steeringMeetingId: meeting.id })),
    { transaction },
  );
  // Only a coming meeting's calendars need the new version.
  if (!meeting.invitedAt || meeting.status === 'cancelled' || meeting.status === 'held') return [];
  await meeting.update({ invitationSequence: meeting.invitationSequence + 1 }, { transaction });
  const kept = new Set(participants.map((p) => p.email));
  const removed = meeting.participants.filter((p) => !kept.has(p.email));
  return [
    ...(await writeInvitationEmails(meeting, participants, 'update', transaction)),
    ...(await writeInvitationEmails(meeting, removed, 'withdrawn', transaction)),
  ];
}
