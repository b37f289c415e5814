// Adds an item to a steering meeting's agenda, last in the order, if the agenda is still open to
// the proposer's side.
import type { Transaction } from 'sequelize';
import { AgendaItem } from '../models/index.js';
import type { SteeringMeeting, User } from '../models/index.js';
import { assertAgendaOpen } from '../meetings/agendaRules.js';

/** Expects the meeting locked, so two proposals cannot take the same position. */
export async function proposeAgendaItem(
  actor: User,
  meeting: SteeringMeeting,
  item: { title: string; description?: string | null },
  transaction: Transaction,
): Promise<AgendaItem> {
  await assertAgendaOpen(actor, meeting, transaction);
  const last = await AgendaItem.max<number | null, AgendaItem>('position', {
    where: { steeringMeetingId: meeting.id },
    transaction,
  });
  return AgendaItem.create(
    {
      steeringMeetingId: meeting.id,
      position: (last ?? 0) + 1,
      title: item.title,
      description: item.description ?? null,
      proposedById: actor.id,
      side: actor.isCentreUser ? 'centre' : 'directorate',
    },
    { transaction },
  );
}
