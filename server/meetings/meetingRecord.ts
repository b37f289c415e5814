// Loading a steering meeting for a request: for a write (locked, with centre and participants; an
// agenda item with its meeting), and as the full detail the meeting page shows, with what the
// caller may do on it.
import type { Transaction } from 'sequelize';
import {
  ActionItem,
  AgendaItem,
  StoredFile,
  Centre,
  MeetingMinutes,
  MeetingParticipant,
  SteeringMeeting,
  User,
} from '../models/index.js';
import { authorize, can } from '../policies/index.js';
import { lockedIfWriting } from '../db/lockedIfWriting.js';
import { byPosition } from '../models/ordering.js';
import { agendaClosedReason, assertAgendaOpen } from './agendaRules.js';
import { loadMeetingPreparation, minutesState } from './meetingPreparation.js';
import {
  presentAgendaItem,
  presentMinutes,
  presentParticipant,
  presentSteeringMeeting,
} from '../presenters/steeringMeeting.js';
import type { steeringMeetingDetailSchema } from '../presenters/steeringMeeting.js';
import { osloToday } from '../calendar.js';
import type { z } from 'zod';

export type MeetingWithParticipants = SteeringMeeting & { participants: MeetingParticipant[] };

/** The meeting with its centre and participants; locked when inside a transaction. */
export async function findMeeting(id: number, transaction?: Transaction): Promise<MeetingWithParticipants | null> {
  const meeting = await SteeringMeeting.findByPk(id, {
    include: [{ model: Centre, as: 'centre' }],
    ...lockedIfWriting(transaction),
  });
  if (!meeting) return null;
  // Loaded apart: a locking read with a hasMany include would lock through a join.
  meeting.participants = await MeetingParticipant.findAll({
    where: { steeringMeetingId: id },
    order: [
      ['side', 'DESC'],
      ['name', 'ASC'],
    ],
    transaction,
  });
  return meeting as MeetingWithParticipants;
}

/** Finds the meeting, checks the action, and hands back the locked record. */
export async function meetingFor(actor: User, action: Parameters<typeof can>[1], id: number, transaction: Transaction) {
  const meeting = await findMeeting(id, transaction);
  authorize(actor, action, meeting, 'steering meeting');
  return meeting;
}

/** The agenda item with its meeting (locked for a write), checked for the action and the open agenda. */
export async function agendaItemFor(actor: User, action: 'update' | 'delete', id: number, transaction: Transaction) {
  const found = await AgendaItem.findByPk(id, { transaction });
  const meeting = found && (await findMeeting(found.steeringMeetingId, transaction));
  const item = found && meeting ? Object.assign(found, { steeringMeeting: meeting }) : null;
  authorize(actor, action, item, 'agenda item');
  await assertAgendaOpen(actor, item.steeringMeeting, transaction);
  return { item, meeting: item.steeringMeeting };
}

export async function presentMeetingDetail(
  actor: User,
  id: number,
  transaction?: Transaction,
): Promise<z.infer<typeof steeringMeetingDetailSchema>> {
  const meeting = await findMeeting(id, transaction);
  authorize(actor, 'read', meeting, 'steering meeting');
  const [agenda, minutes, preparation, closedReason] = await Promise.all([
    AgendaItem.findAll({
      where: { steeringMeetingId: id },
      include: [
        { model: User, as: 'proposedBy', attributes: ['id', 'name'] },
        { model: StoredFile, as: 'files' },
      ],
      transaction,
    }),
    MeetingMinutes.findOne({
      where: { steeringMeetingId: id },
      include: [
        { model: ActionItem, as: 'actionItems', include: [{ model: User, as: 'owner', attributes: ['id', 'name'] }] },
        { model: User, as: 'directorateApprovedBy', attributes: ['id', 'name'] },
        { model: User, as: 'centreApprovedBy', attributes: ['id', 'name'] },
      ],
      transaction,
    }),
    loadMeetingPreparation([meeting], transaction),
    agendaClosedReason(actor, meeting, transaction),
  ]);
  const state = minutesState(minutes);
  const mayPropose = can(actor, 'proposeAgendaItem', meeting);
  const sideApproved = minutes && (actor.isCentreUser ? minutes.centreApprovedById : minutes.directorateApprovedById);
  return {
    ...presentSteeringMeeting(meeting, preparation.get(id)!),
    participants: meeting.participants.map(presentParticipant),
    agenda: agenda.sort(byPosition).map((item) => {
      item.steeringMeeting = meeting;
      const open = closedReason === null;
      return presentAgendaItem(item, {
        update: open && can(actor, 'update', item),
        delete: open && can(actor, 'delete', item),
      });
    }),
    minutes: minutes ? presentMinutes(minutes, state) : null,
    pack:
      meeting.packSha256 && meeting.packStoredAt
        ? { storedAt: meeting.packStoredAt.toISOString(), sha256: meeting.packSha256 }
        : null,
    abilities: {
      update: can(actor, 'update', meeting),
      // Invitations go out only for a coming meeting.
      invite: can(actor, 'invite', meeting) && meeting.status !== 'held' && meeting.status !== 'cancelled',
      proposeAgendaItem: mayPropose && closedReason === null,
      // The record is not per-language yet; the reason keeps its English here (see the 409 for bokmål).
      agendaClosedReason: mayPropose && closedReason ? closedReason.en : null,
      manageAgenda: can(actor, 'manageAgenda', meeting),
      writeMinutes: can(actor, 'writeMinutes', meeting) && state !== 'locked' && meeting.status !== 'cancelled',
      // Minutes are approved from the meeting day (Oslo date) on.
      approveMinutes:
        can(actor, 'approveMinutes', meeting) &&
        (state === 'draft' || state === 'partly_approved') &&
        !sideApproved &&
        meeting.meetingDate !== null &&
        meeting.meetingDate <= osloToday(),
    },
  };
}
