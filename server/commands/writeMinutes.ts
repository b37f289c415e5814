// Writes (or rewrites) a meeting's minutes: summary, decisions and action items. Any change
// withdraws approvals already given, so both sides always approve the same text. Locked minutes
// cannot change.
import type { Transaction } from 'sequelize';
import { ActionItem, MeetingMinutes, User } from '../models/index.js';
import type { SteeringMeeting } from '../models/index.js';
import { Conflict, MinutesLocked, ValidationError } from '../errors.js';
import type { FieldProblem } from '../errors.js';
import { say } from '../i18n/language.js';

export interface MinutesInput {
  summary?: string | null;
  decisions: string[];
  actionItems: { title: string; ownerId?: number | null; dueDate: string }[];
}

/** Owners must be active users at the directorate or at the meeting's centre. */
async function checkOwners(meeting: SteeringMeeting, input: MinutesInput, transaction: Transaction) {
  const ownerIds = input.actionItems.flatMap((a) => (a.ownerId ? [a.ownerId] : []));
  const users = new Map(
    (await User.findAll({ where: { id: ownerIds, active: true }, transaction })).map((u) => [u.id, u]),
  );
  const problems: FieldProblem[] = [];
  input.actionItems.forEach((item, index) => {
    if (!item.ownerId) return;
    const owner = users.get(item.ownerId);
    if (!owner || (owner.isCentreUser && owner.centreId !== meeting.centreId))
      problems.push({
        field: `body.actionItems.${index}.ownerId`,
        message: say(
          `ingen aktiv bruker ${item.ownerId} i direktoratet eller ved dette senteret`,
          `no active user ${item.ownerId} at the directorate or this centre`,
        ),
      });
  });
  if (problems.length) throw ValidationError(problems);
}

/** Expects the meeting locked. */
export async function writeMinutes(
  meeting: SteeringMeeting,
  input: MinutesInput,
  transaction: Transaction,
): Promise<MeetingMinutes> {
  if (meeting.status === 'cancelled')
    throw Conflict(say('Møtet er avlyst; det har ikke referat.', 'The meeting is cancelled; it has no minutes.'));
  const existing = await MeetingMinutes.findOne({ where: { steeringMeetingId: meeting.id }, transaction });
  if (existing?.isLocked) throw MinutesLocked();
  await checkOwners(meeting, input, transaction);
  const fields = {
    summary: input.summary ?? null,
    decisions: input.decisions,
    directorateApprovedById: null,
    directorateApprovedAt: null,
    centreApprovedById: null,
    centreApprovedAt: null,
    lockedAt: null,
  };
  const minutes = existing
    ? await existing.update(fields, { transaction })
    : await MeetingMinutes.create({ steeringMeetingId: meeting.id, ...fields }, { transaction });
  await ActionItem.destroy({ where: { meetingMinutesId: minutes.id }, transaction });
  await ActionItem.bulkCreate(
    input.actionItems.map((item, index) => ({
      meetingMinutesId: minutes.id,
      position: index + 1,
      title: item.title,
      ownerId: item.ownerId ?? null,
      dueDate: item.dueDate,
      deadlineId: null,
    })),
    { transaction },
  );
  return minutes;
}
