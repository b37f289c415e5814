import { z } from 'zod';
import { agendaStatuses, meetingSides, meetingStatuses } from '../models/SteeringMeeting.js';
import type { AgendaItem, MeetingMinutes, MeetingParticipant, SteeringMeeting, User } from '../models/index.js';
import { centreRef, centreRefSchema } from './centre.js';
import { minutesStates } from '../meetings/meetingPreparation.js';
import type { MeetingPreparation } from '../meetings/meetingPreparation.js';

const personRef = z.object({ id: z.number().int(), name: z.string() });
const personOf = (user: User | null | undefined) => (user ? { id: user.id, name: user.name } : null);

export const steeringMeetingSchema = z
  .object({
    id: z.number().int(),
    centre: centreRefSchema,
    year: z.number().int(),
    sequence: z.number().int(),
    meetingDate: z.string().nullable(),
    plannedMonth: z.number().int().nullable(),
    startTime: z.string().nullable().openapi({ description: 'Oslo wall-clock time, "HH:MM"' }),
    durationMinutes: z.number().int(),
    status: z.enum(meetingStatuses),
    location: z.string().nullable(),
    videoLink: z.string().nullable(),
    letterId: z.number().int().nullable(),
    invitationSequence: z.number().int().openapi({ description: 'The SEQUENCE of the current calendar invitation' }),
    invitedAt: z.string().nullable(),
    agendaStatus: z.enum(agendaStatuses),
    preparation: z.object({
      agendaDeadline: z.object({ id: z.number().int(), dueDate: z.string(), status: z.string() }).nullable(),
      agendaItems: z.number().int(),
      packStored: z.boolean(),
      minutes: z.enum(minutesStates),
    }),
  })
  .openapi('SteeringMeeting');

/** Expects centre loaded. */
export function presentSteeringMeeting(
  meeting: SteeringMeeting,
  preparation: MeetingPreparation,
): z.infer<typeof steeringMeetingSchema> {
  return {
    id: meeting.id,
    centre: centreRef(meeting.centre),
    year: meeting.year,
    sequence: meeting.sequence,
    meetingDate: meeting.meetingDate,
    plannedMonth: meeting.plannedMonth,
    startTime: meeting.startTime,
    durationMinutes: meeting.durationMinutes,
    status: meeting.status,
    location: meeting.location,
    videoLink: meeting.videoLink,
    letterId: meeting.letterId,
    invitationSequence: meeting.invitationSequence,
    invitedAt: meeting.invitedAt?.toISOString() ?? null,
    agendaStatus: meeting.agendaStatus,
    preparation: { ...preparation, packStored: meeting.packSha256 !== null },
  };
}

const participantSchema = z.object({
  id: z.number().int(),
  userId: z.number().int().nullable(),
  name: z.string(),
  email: z.string(),
  side: z.enum(meetingSides),
});

const agendaItemSchema = z
  .object({
    id: z.number().int(),
    position: z.number().int(),
    title: z.string(),
    description: z.string().nullable(),
    side: z.enum(meetingSides),
    proposedBy: personRef.nullable(),
    createdAt: z.string(),
    files: z.array(z.object({ id: z.number().int(), filename: z.string(), byteSize: z.number().int() })),
    abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
  })
  .openapi('AgendaItem');

const approvalSchema = z.object({ by: personRef, at: z.string() }).nullable();
const minutesSchema = z
  .object({
    summary: z.string().nullable(),
    decisions: z.array(z.string()),
    actionItems: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        owner: personRef.nullable(),
        dueDate: z.string(),
        deadlineId: z.number().int().nullable(),
      }),
    ),
    directorateApproval: approvalSchema,
    centreApproval: approvalSchema,
    state: z.enum(minutesStates),
    lockedAt: z.string().nullable(),
  })
  .openapi('MeetingMinutes');

export const steeringMeetingDetailSchema = steeringMeetingSchema
  .extend({
    participants: z.array(participantSchema),
    agenda: z.array(agendaItemSchema),
    minutes: minutesSchema.nullable(),
    pack: z.object({ storedAt: z.string(), sha256: z.string() }).nullable(),
    abilities: z.object({
      update: z.boolean(),
      invite: z.boolean(),
      proposeAgendaItem: z.boolean(),
      agendaClosedReason: z.string().nullable(),
      manageAgenda: z.boolean(),
      writeMinutes: z.boolean(),
      approveMinutes: z.boolean(),
    }),
  })
  .openapi('SteeringMeetingDetail');

export function presentParticipant(p: MeetingParticipant): z.infer<typeof participantSchema> {
  return { id: p.id, userId: p.userId, name: p.name, email: p.email, side: p.side };
}

/** Expects proposedBy and files loaded. */
export function presentAgendaItem(
  item: AgendaItem,
  abilities: { update: boolean; delete: boolean },
): z.infer<typeof agendaItemSchema> {
  return {
    id: item.id,
    position: item.position,
    title: item.title,
    description: item.description,
    side: item.side,
    proposedBy: personOf(item.proposedBy),
    createdAt: item.createdAt.toISOString(),
    files: (item.files ?? []).map((f) => ({ id: f.id, filename: f.filename, byteSize: f.byteSize })),
    abilities,
  };
}

const approval = (user: User | null | undefined, at: Date | null) =>
  user && at ? { by: { id: user.id, name: user.name }, at: at.toISOString() } : null;

/** Expects actionItems (with owner), directorateApprovedBy and centreApprovedBy loaded. */
export function presentMinutes(minutes: MeetingMinutes, state: z.infer<typeof minutesSchema>['state']) {
  return {
    summary: minutes.summary,
    decisions: minutes.decisions,
    actionItems: [...(minutes.actionItems ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({
        id: a.id,
        title: a.title,
        owner: personOf(a.owner),
        dueDate: a.dueDate,
        deadlineId: a.deadlineId,
      })),
    directorateApproval: approval(minutes.directorateApprovedBy, minutes.directorateApprovedAt),
    centreApproval: approval(minutes.centreApprovedBy, minutes.centreApprovedAt),
    state,
    lockedAt: minutes.lockedAt?.toISOString() ?? null,
  };
}
