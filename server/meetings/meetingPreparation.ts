// How far a meeting's preparation has come, for lists of many meetings: the agenda deadline, how
// many items are proposed, whether the agenda is final and the pack stored, and the minutes' state.
// Three grouped queries for the whole list, whatever its length (loadMeetingPreparation), or rows
// read along with something else (meetingPreparationFrom; the letter detail reads them in its
// one statement for the centre's year).
import { fn, col } from 'sequelize';
import { AgendaItem, Deadline, MeetingMinutes } from '../models/index.js';
import type { SteeringMeeting } from '../models/index.js';
import type { Transaction } from 'sequelize';

export const minutesStates = ['none', 'draft', 'partly_approved', 'locked'] as const;
export type MinutesState = (typeof minutesStates)[number];

export interface MeetingPreparation {
  agendaDeadline: { id: number; dueDate: string; status: string } | null;
  agendaItems: number;
  minutes: MinutesState;
}

export function minutesState(minutes: MeetingMinutes | null | undefined): MinutesState {
  if (!minutes) return 'none';
  if (minutes.lockedAt) return 'locked';
  return minutes.directorateApprovedById || minutes.centreApprovedById ? 'partly_approved' : 'draft';
}

/** What the preparation is made of, for the meetings of a list (however they were read). */
export interface PreparationRows {
  /** One entry per agenda item, or per meeting with its count. */
  agendaItemCounts: { steeringMeetingId: number; count: number | string }[];
  agendaDeadlines: Pick<Deadline, 'id' | 'steeringMeetingId' | 'dueDate' | 'status'>[];
  minutes: MeetingMinutes[];
}

export function meetingPreparationFrom(meetingIds: number[], rows: PreparationRows): Map<number, MeetingPreparation> {
  const result = new Map<number, MeetingPreparation>(
    meetingIds.map((id) => [id, { agendaDeadline: null, agendaItems: 0, minutes: 'none' }]),
  );
  for (const row of rows.agendaItemCounts) {
    const preparation = result.get(row.steeringMeetingId);
    if (preparation) preparation.agendaItems += Number(row.count);
  }
  for (const d of rows.agendaDeadlines) {
    const preparation = result.get(d.steeringMeetingId!);
    if (preparation) preparation.agendaDeadline = { id: d.id, dueDate: d.dueDate, status: d.status };
  }
  for (const m of rows.minutes) {
    const preparation = result.get(m.steeringMeetingId);
    if (preparation) preparation.minutes = minutesState(m);
  }
  return result;
}

export async function loadMeetingPreparation(
  meetings: SteeringMeeting[],
  transaction?: Transaction,
): Promise<Map<number, MeetingPreparation>> {
  const ids = meetings.map((m) => m.id);
  if (!ids.length) return new Map();
  const [agendaItemCounts, agendaDeadlines, minutes] = await Promise.all([
    AgendaItem.findAll({
      attributes: ['steeringMeetingId', [fn('COUNT', col('id')), 'count']],
      where: { steeringMeetingId: ids },
      group: ['steeringMeetingId'],
      raw: true,
      transaction,
    }) as unknown as Promise<{ steeringMeetingId: number; count: number | string }[]>,
    Deadline.findAll({
      where: { steeringMeetingId: ids, kind: 'meeting' },
      attributes: ['id', 'steeringMeetingId', 'dueDate', 'status'],
      transaction,
    }),
    MeetingMinutes.findAll({ where: { steeringMeetingId: ids }, transaction }),
  ]);
  return meetingPreparationFrom(ids, { agendaItemCounts, agendaDeadlines, minutes });
}
