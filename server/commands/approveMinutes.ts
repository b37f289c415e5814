// One side approves the minutes. With both sides' approval they are locked: every action item
// becomes a Deadline (kind "action", owned by its owner, so reminders go to that person) and the
// meeting counts as held. Approving again for the same side changes nothing. Minutes of a meeting
// that has not yet taken place (no date, or a date after today in Oslo) cannot be approved.
import type { Transaction } from 'sequelize';
import { ActionItem, Deadline, MeetingMinutes } from '../models/index.js';
import type { SteeringMeeting, User } from '../models/index.js';
import { Conflict, MinutesLocked } from '../errors.js';
import { osloToday } from '../calendar.js';
import { formatDateLong } from '../../templates/formats.js';
import { say } from '../i18n/language.js';

export async function approveMinutes(
  actor: User,
  meeting: SteeringMeeting,
  transaction: Transaction,
): Promise<{ locked: boolean }> {
  const minutes = await MeetingMinutes.findOne({
    where: { steeringMeetingId: meeting.id },
    transaction,
    lock: transaction.LOCK.UPDATE,
  });
  if (meeting.status === 'cancelled')
    throw Conflict(
      say(
        'Møtet er avlyst; referatet kan ikke godkjennes.',
        'The meeting is cancelled; its minutes cannot be approved.',
      ),
    );
  if (!minutes)
    throw Conflict(
      say('Det er ikke skrevet referat for dette møtet ennå.', 'No minutes have been written for this meeting yet.'),
    );
  if (!meeting.meetingDate)
    throw Conflict(
      say(
        'Møtet har ingen avtalt dato ennå; referatet kan godkjennes fra møtedagen.',
        'The meeting has no agreed date yet; its minutes can be approved from the meeting day.',
      ),
    );
  if (meeting.meetingDate > osloToday())
    throw Conflict(
      say(
        `Møtet er ${formatDateLong(meeting.meetingDate, 'nb')}; referatet kan godkjennes fra den dagen.`,
        `The meeting is on ${formatDateLong(meeting.meetingDate, 'en')}; its minutes can be approved from that day.`,
      ),
    );
  if (minutes.isLocked) throw MinutesLocked();
  const now = new Date();
  if (actor.isCentreUser) {
    if (!minutes.centreApprovedById)
      await minutes.update({ centreApprovedById: actor.id, centreApprovedAt: now }, { transaction });
  } else if (!minutes.directorateApprovedById) {
    await minutes.update({ directorateApprovedById: actor.id, directorateApprovedAt: now }, { transaction });
  }
  if (!minutes.centreApprovedById || !minutes.directorateApprovedById) return { locked: false };

  await minutes.update({ lockedAt: now }, { transaction });
  const actionItems = await ActionItem.findAll({
    where: { meetingMinutesId: minutes.id },
    order: [['position', 'ASC']],
    transaction,
  });
  for (const item of actionItems) {
    const deadline = await Deadline.create(
      {
        centreId: meeting.centreId,
        year: Number(item.dueDate.slice(0, 4)),
        kind: 'action',
        title: `Oppfølging fra styringsmøte ${meeting.sequence}/${meeting.year}: ${item.title}`.slice(0, 500),
        dueDate: item.dueDate,
        periodYear: null,
        letterId: meeting.letterId,
        assignmentId: null,
        steeringMeetingId: meeting.id,
        ownerId: item.ownerId,
      },
      { transaction },
    );
    await item.update({ deadlineId: deadline.id }, { transaction });
  }
  if (meeting.status !== 'held') await meeting.update({ status: 'held' }, { transaction });
  return { locked: true };
}
