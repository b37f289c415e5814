// An issued main letter plans the year's steering meetings if none exist yet: two, the first in
// April and the second in October, with the centre's leaders and the letter's case officer as
// participants. Dates and times are agreed later.
import type { Transaction } from 'sequelize';
import { MeetingParticipant, SteeringMeeting, User } from '../models/index.js';
import type { GrantLetter } from '../models/index.js';

const plannedMeetingMonths = [4, 10];

export async function planLetterMeetings(letter: GrantLetter, transaction: Transaction): Promise<SteeringMeeting[]> {
  if (letter.kind !== 'main') return [];
  const existing = await SteeringMeeting.count({
    where: { centreId: letter.centreId, year: letter.year },
    transaction,
  });
  if (existing > 0) return [];
  const people = await User.findAll({ where: { active: true }, transaction });
  const participants = people.filter(
    (u) => (u.centreId === letter.centreId && u.hasRole('centre_leader')) || u.id === letter.createdById,
  );
  const meetings: SteeringMeeting[] = [];
  for (const [index, plannedMonth] of plannedMeetingMonths.entries()) {
    const meeting = await SteeringMeeting.create(
      {
        centreId: letter.centreId,
        year: letter.year,
        sequence: index + 1,
        meetingDate: null,
        plannedMonth,
        status: 'planned',
        location: null,
        letterId: letter.id,
      },
      { transaction },
    );
    await MeetingParticipant.bulkCreate(
      participants.map((u) => ({
        steeringMeetingId: meeting.id,
        userId: u.id,
        name: u.name,
        email: u.email,
        side: u.isCentreUser ? ('centre' as const) : ('directorate' as const),
      })),
      { transaction },
    );
    meetings.push(meeting);
  }
  return meetings;
}
