// When the agenda takes new or changed items. The directorate may until the agenda is final; the
// centre only until the agenda deadline (Oslo date, inclusive) as well. A held or cancelled
// meeting takes none.
import type { Transaction } from 'sequelize';
import type { SteeringMeeting, User } from '../models/index.js';
import { AgendaClosed } from '../errors.js';
import { osloToday } from '../calendar.js';
import { formatDateLong } from '../../templates/formats.js';
import { meetingStatusName } from '../i18n/statusNames.js';
import { findAgendaDeadline } from './agendaDeadline.js';
import { say, type Localized } from '../i18n/language.js';

/** Why the actor may not add to or change the agenda now, or null if they may. */
export async function agendaClosedReason(
  actor: User,
  meeting: SteeringMeeting,
  transaction?: Transaction,
  today = osloToday(),
): Promise<Localized | null> {
  if (meeting.status === 'cancelled' || meeting.status === 'held')
    return say(
      `Møtet er ${meetingStatusName(meeting.status).nb}; dagsordenen tar ikke imot flere saker.`,
      `The meeting is ${meeting.status}; its agenda takes no more items.`,
    );
  if (meeting.agendaStatus === 'final')
    return say(
      'Dagsordenen er endelig. Be saksbehandleren åpne den igjen hvis en sak må legges til.',
      'The agenda is final. Ask the case officer to reopen it if an item must be added.',
    );
  if (!actor.isCentreUser) return null;
  const deadline = await findAgendaDeadline(meeting.id, transaction);
  if (deadline && deadline.status !== 'cancelled' && today > deadline.dueDate)
    return say(
      `Fristen for dagsorden var ${formatDateLong(deadline.dueDate, 'nb')}; be saksbehandleren legge til saken.`,
      `The agenda deadline was ${formatDateLong(deadline.dueDate, 'en')}; ask the case officer to add the item.`,
    );
  return null;
}

export async function assertAgendaOpen(actor: User, meeting: SteeringMeeting, transaction: Transaction) {
  const reason = await agendaClosedReason(actor, meeting, transaction);
  if (reason) throw AgendaClosed(reason);
}
