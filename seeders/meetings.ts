// This year's steering meetings as people would find them in the middle of the year: a time, the
// centre's leaders and the case officer as participants, the agenda deadline; NAPHA's held meeting
// with its final agenda, locked minutes and an action item (a deadline), and its next meeting with
// items proposed by both sides.
import { Op } from 'sequelize';
import {
  ActionItem,
  AgendaItem,
  Centre,
  Deadline,
  MeetingMinutes,
  MeetingParticipant,
  SteeringMeeting,
} from '../server/models/index.js';
import { syncAgendaDeadline } from '../server/meetings/agendaDeadline.js';
import { shiftDays } from '../server/reminders/workingDays.js';
import { isBefore, nthWeekday, yearOf } from './calendar.js';
import type { SeedContext } from './context.js';
import { lookUp } from './context.js';
import { caseOfficerEmail } from './users.js';

/** Noon Oslo time on a calendar date, for seeded timestamps. */
const noonOf = (date: string) => new Date(`${date}T11:00:00Z`);

export async function seedMeetingPreparation(context: SeedContext, today: string): Promise<void> {
  const { transaction } = context;
  const officer = lookUp(context.users, caseOfficerEmail, 'user');
  const meetings = await SteeringMeeting.findAll({
    where: { year: yearOf(today), meetingDate: { [Op.ne]: null } },
    include: [{ model: Centre, as: 'centre' }],
    order: [['sequence', 'ASC']],
    transaction,
  });
  for (const meeting of meetings) {
    const held = meeting.status === 'held';
    await meeting.update(
      {
        startTime: '10:00',
        ...(held ? { agendaStatus: 'final', agendaFinalisedAt: noonOf(meeting.meetingDate!) } : {}),
      },
      { transaction },
    );
    const leaders = [...context.users.values()].filter(
      (u) => u.centreId === meeting.centreId && u.hasRole('centre_leader'),
    );
    await MeetingParticipant.bulkCreate(
      [...leaders, officer].map((u) => ({
        steeringMeetingId: meeting.id,
        userId: u.id,
        name: u.name,
        email: u.email,
        side: u.isCentreUser ? ('centre' as const) : ('directorate' as const),
      })),
      { transaction },
    );
    await syncAgendaDeadline(meeting, transaction);
  }

  const napha = meetings.filter((m) => m.centre!.code === 'NAPHA');
  const leader = lookUp(context.users, 'leder@napha.example', 'user');
  const heldOne = napha.filter((m) => m.status === 'held').at(-1);
  // Late in the year both meetings are held; next April's first meeting is then the one to prepare.
  const nextOne = napha.find((m) => m.status === 'scheduled') ?? (await planNextYearsFirstMeeting(context, today));
  if (heldOne) {
    await AgendaItem.bulkCreate(
      [
        { title: 'Status for de særskilte oppdragene', side: 'directorate' as const, proposedById: officer.id },
        { title: 'Erfaringer fra kommunenettverkene', side: 'centre' as const, proposedById: leader.id },
      ].map((item, index) => ({ ...item, steeringMeetingId: heldOne.id, position: index + 1, description: null })),
      { transaction },
    );
    const approvedAt = noonOf(shiftDays(heldOne.meetingDate!, 7));
    const minutes = await MeetingMinutes.create(
      {
        steeringMeetingId: heldOne.id,
        summary: 'Senteret orienterte om årets arbeid. Oppdragene går etter planen.',
        decisions: ['Kartleggingen av kommunenes behov fortsetter ut året.'],
        directorateApprovedById: officer.id,
        directorateApprovedAt: approvedAt,
        centreApprovedById: leader.id,
        centreApprovedAt: approvedAt,
        lockedAt: approvedAt,
      },
      { transaction },
    );
    const dueDate = shiftDays(heldOne.meetingDate!, 42);
    const deadline = await Deadline.create(
      {
        centreId: heldOne.centreId,
        year: yearOf(dueDate),
        kind: 'action',
        title: `Oppfølging fra styringsmøte ${heldOne.sequence}/${heldOne.year}: Sende program for nettverkssamlingene`,
        dueDate,
        periodYear: null,
        status: isBefore(dueDate, today) ? 'accepted' : 'upcoming',
        letterId: heldOne.letterId,
        assignmentId: null,
        steeringMeetingId: heldOne.id,
        ownerId: leader.id,
      },
      { transaction },
    );
    await ActionItem.create(
      {
        meetingMinutesId: minutes.id,
        position: 1,
        title: 'Sende program for nettverkssamlingene',
        ownerId: leader.id,
        dueDate,
        deadlineId: deadline.id,
      },
      { transaction },
    );
  }
  if (nextOne) {
    await AgendaItem.bulkCreate(
      [
        { title: 'Budsjett og tildeling for neste år', side: 'directorate' as const, proposedById: officer.id },
        {
          title: 'Rekruttering til kommunale stillinger i psykisk helse',
          side: 'centre' as const,
          proposedById: leader.id,
          description: 'Senteret ønsker å drøfte hvordan kommunene kan rekruttere og beholde fagfolk.',
        },
      ].map((item, index) => ({ description: null, ...item, steeringMeetingId: nextOne.id, position: index + 1 })),
      { transaction },
    );
  }
}

async function planNextYearsFirstMeeting(context: SeedContext, today: string): Promise<SteeringMeeting> {
  const { transaction } = context;
  const centre = lookUp(context.centres, 'NAPHA', 'centre');
  const year = yearOf(today) + 1;
  const meeting = await SteeringMeeting.create(
    {
      centreId: centre.id,
      year,
      sequence: 1,
      meetingDate: nthWeekday(year, 4, 2, 3),
      plannedMonth: null,
      status: 'scheduled',
      location: 'Helsedirektoratet, Oslo',
      letterId: null,
      startTime: '10:00',
    },
    { transaction },
  );
  const people = [
    lookUp(context.users, 'leder@napha.example', 'user'),
    lookUp(context.users, caseOfficerEmail, 'user'),
  ];
  await MeetingParticipant.bulkCreate(
    people.map((u) => ({
      steeringMeetingId: meeting.id,
      userId: u.id,
      name: u.name,
      email: u.email,
      side: u.isCentreUser ? ('centre' as const) : ('directorate' as const),
    })),
    { transaction },
  );
  await syncAgendaDeadline(meeting, transaction);
  return meeting;
}
