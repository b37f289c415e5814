// How far a meeting's preparation has come, for lists of many meetings: the agenda deadline, how
// many items are proposed, whether the agenda is final and the pack stored, and the minutes' state.
// Three grouped queries for the whole list, whatever its length.
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

export async function loadMeetingPreparation(
  meetings: SteeringMeeting[],
  transaction?: Transaction,
): Promise<Map<number, MeetingPreparation>> {
  const ids = meetings.map((m) => m.id);
  const result = new Map<number, MeetingPreparation>(
    ids.map((id) => [id, { agendaDeadline: null, agendaItems: 0, minutes: 'none' }]),
  );
  if (!ids.length) return result;
  const [counts, deadlines, minutes] = await Promise.all([
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
  for (const row of counts) result.get(row.steeringMeetingId)!.agendaItems = Number(row.count);
  for (const d of deadlines)
    result.get(d.steeringMeetingId!)!.agendaDeadline = { id: d.id, dueDate: d.dueDate, status: d.status };
  for (const m of minutes) result.get(m.steeringMeetingId)!.minutes = minutesState(m);
  return result;
}
