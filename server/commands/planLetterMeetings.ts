// An issued main letter plans whichever of the year's two steering meetings is missing: the first
// in April (a meeting in January–June counts as it) and the second in October (July–December), with
// the centre's leaders and the letter's case officer as participants. Dates and times are agreed
// later. A cancelled meeting does not count; a new one takes the lowest free sequence number.
import type { Transaction } from 'sequelize';
import { MeetingParticipant, SteeringMeeting, User } from '../models/index.js';
import type { GrantLetter } from '../models/index.js';

const plannedMeetingMonths = [4, 10];

/** The half of the year a meeting belongs to: 0 for January–June (April's), 1 for July–December. */
function halfOf(meeting: SteeringMeeting): number | null {
  const month = meeting.meetingDate ? Number(meeting.meetingDate.slice(5, 7)) : meeting.plannedMonth;
  return month === null ? null : month <= 6 ? 0 : 1;
}

export async function planLetterMeetings(letter: GrantLetter, transaction: Transaction): Promise<SteeringMeeting[]> {
  if (letter.kind !== 'main') return [];
  const existing = await SteeringMeeting.findAll({
    where: { centreId: letter.centreId, year: letter.year },
    transaction,
  });
  const held = existing.filter((m) => m.status !== 'cancelled');
  const covered = new Set(held.map(halfOf));
  // A meeting with neither date nor month stands in for the first missing one.
  const undated = held.filter((m) => halfOf(m) === null).length;
  const missing = plannedMeetingMonths
    .map((month, half) => ({ month, half }))
    .filter(({ half }) => !covered.has(half))
    .slice(undated);
  if (missing.length === 0) return [];
  const usedSequences = new Set(existing.map((m) => m.sequence));
  const people = await User.findAll({ where: { active: true }, transaction });
  const participants = people.filter(
    (u) => (u.centreId === letter.centreId && u.hasRole('centre_leader')) || u.id === letter.createdById,
  );
  const meetings: SteeringMeeting[] = [];
  for (const { month: plannedMonth, half } of missing) {
    let sequence = half + 1;
    while (usedSequences.has(sequence)) sequence += 1;
    usedSequences.add(sequence);
    const meeting = await SteeringMeeting.create(
      {
        centreId: letter.centreId,
        year: letter.year,
        sequence,
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
