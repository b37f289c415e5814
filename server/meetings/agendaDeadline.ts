// The agenda deadline: the last day the centre can propose agenda items, by default 10 working
// days before the meeting. It is a Deadline (kind "meeting") so it gets reminders like any other;
// it follows the meeting when the date moves, and closes when the agenda is final or the
// meeting is cancelled.
import type { Transaction } from 'sequelize';
import { env } from '../env.js';
import { Deadline } from '../models/index.js';
import type { SteeringMeeting } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { isWorkingDay, shiftDays } from '../reminders/workingDays.js';
import { formatDateLong } from '../../templates/formats.js';

function agendaDeadlineDate(meetingDate: string, workingDays = env.AGENDA_DEADLINE_WORKING_DAYS): string {
  let date = meetingDate;
  let left = workingDays;
  while (left > 0) {
    date = shiftDays(date, -1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

const agendaDeadlineTitle = (meeting: SteeringMeeting) =>
  `Saker til dagsorden for styringsmøte ${meeting.sequence} (${formatDateLong(meeting.meetingDate!, 'nb')})`;

export function findAgendaDeadline(meetingId: number, transaction?: Transaction) {
  return Deadline.findOne({ where: { steeringMeetingId: meetingId, kind: 'meeting' }, transaction });
}

/** Makes the meeting's agenda deadline agree with the meeting; returns it (null: none needed yet). */
export async function syncAgendaDeadline(meeting: SteeringMeeting, transaction: Transaction) {
  const deadline = await findAgendaDeadline(meeting.id, transaction);
  const closed = meeting.status === 'cancelled' || meeting.status === 'held' || meeting.agendaStatus === 'final';
  if (!meeting.meetingDate) {
    if (deadline && openDeadlineStatuses.includes(deadline.status))
      await deadline.update({ status: 'cancelled' }, { transaction });
    return deadline;
  }
  const wanted = {
    dueDate: agendaDeadlineDate(meeting.meetingDate),
    title: agendaDeadlineTitle(meeting),
  };
  if (!deadline) {
    if (closed) return null;
    return Deadline.create(
      {
        centreId: meeting.centreId,
        year: meeting.year,
        kind: 'meeting',
        ...wanted,
        periodYear: null,
        letterId: meeting.letterId,
        assignmentId: null,
        steeringMeetingId: meeting.id,
      },
      { transaction },
    );
  }
  const status = closed
    ? meeting.agendaStatus === 'final'
      ? 'accepted'
      : 'cancelled'
    : openDeadlineStatuses.includes(deadline.status)
      ? deadline.status
      : 'upcoming';
  return deadline.update({ ...wanted, status }, { transaction });
}
