// The case officer's hold on the agenda: put the items in order, declare it final (which closes the
// agenda deadline; the caller queues the stored meeting pack after commit), or reopen it.
import type { Transaction } from 'sequelize';
import { AgendaItem } from '../models/index.js';
import type { SteeringMeeting } from '../models/index.js';
import { meetingStatusName } from '../i18n/statusNames.js';
import { Conflict, fieldError } from '../errors.js';
import { syncAgendaDeadline } from '../meetings/agendaDeadline.js';
import { say } from '../i18n/language.js';

function assertComingMeeting(meeting: SteeringMeeting) {
  if (meeting.status === 'cancelled' || meeting.status === 'held')
    throw Conflict(
      say(
        `Møtet er ${meetingStatusName(meeting.status).nb}; dagsordenen kan ikke lenger endres.`,
        `The meeting is ${meeting.status}; its agenda can no longer change.`,
      ),
    );
}

/** `itemIds` must name every item of the meeting once, in the new order. */
export async function orderAgenda(meeting: SteeringMeeting, itemIds: number[], transaction: Transaction) {
  assertComingMeeting(meeting);
  if (meeting.agendaStatus === 'final')
    throw Conflict(
      say(
        'Dagsordenen er endelig; åpne den igjen før du endrer rekkefølgen.',
        'The agenda is final; reopen it before changing the order.',
      ),
    );
  const items = await AgendaItem.findAll({ where: { steeringMeetingId: meeting.id }, transaction });
  const known = new Set(items.map((item) => item.id));
  if (itemIds.length !== known.size || new Set(itemIds).size !== itemIds.length || itemIds.some((id) => !known.has(id)))
    throw fieldError(
      'body.itemIds',
      say(
        `må ta med hver av møtets ${known.size} saker nøyaktig én gang`,
        `must list each of the meeting's ${known.size} agenda items exactly once`,
      ),
    );
  for (const [index, id] of itemIds.entries())
    await AgendaItem.update({ position: index + 1 }, { where: { id }, transaction });
}

export async function finaliseAgenda(meeting: SteeringMeeting, transaction: Transaction) {
  assertComingMeeting(meeting);
  if (meeting.agendaStatus === 'final') return { alreadyFinal: true };
  await meeting.update({ agendaStatus: 'final', agendaFinalisedAt: new Date() }, { transaction });
  await syncAgendaDeadline(meeting, transaction);
  return { alreadyFinal: false };
}

/** Opens the agenda again; the stored pack is dropped, and a new one is stored when it is final again. */
export async function reopenAgenda(meeting: SteeringMeeting, transaction: Transaction) {
  assertComingMeeting(meeting);
  if (meeting.agendaStatus === 'open') return;
  await meeting.update(
    { agendaStatus: 'open', agendaFinalisedAt: null, packStorageKey: null, packSha256: null, packStoredAt: null },
    { transaction },
  );
  await syncAgendaDeadline(meeting, transaction);
}
