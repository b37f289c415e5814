// When the agenda takes new or changed items. The directorate may until the agenda is final; the
// centre only until the agenda deadline (Oslo date, inclusive) as well. A held or cancelled
// meeting takes none.
import type { Transaction } from 'sequelize';
import type { SteeringMeeting, User } from '../models/index.js';
import { AgendaClosed } from '../errors.js';
import { osloToday } from '../calendar.js';
import { formatDateLong } from '../../templates/formats.js';
import { findAgendaDeadline } from './agendaDeadline.js';

/** Why the actor may not add to or change the agenda now, or null if they may. */
export async function agendaClosedReason(
  actor: User,
  meeting: SteeringMeeting,
  transaction?: Transaction,
  today = osloToday(),
): Promise<string | null> {
  if (meeting.status === 'cancelled' || meeting.status === 'held')
    return `The meeting is ${meeting.status}; its agenda takes no more items.`;
  if (meeting.agendaStatus === 'final')
    return 'The agenda is final. Ask the case officer to reopen it if an item must be added.';
  if (!actor.isCentreUser) return null;
  const deadline = await findAgendaDeadline(meeting.id, transaction);
  if (deadline && deadline.status !== 'cancelled' && today > deadline.dueDate)
    return `The agenda deadline was ${formatDateLong(deadline.dueDate, 'en')}; ask the case officer to add the item.`;
  return null;
}

export async function assertAgendaOpen(actor: User, meeting: SteeringMeeting, transaction: Transaction) {
  const reason = await agendaClosedReason(actor, meeting, transaction);
  if (reason) throw AgendaClosed(reason);
}
