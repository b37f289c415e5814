// Who is invited, sending the calendar invitation, and the invitation as an .ics file.
import type { Router } from 'express';
import { z } from 'zod';
import { User } from '../../../models/index.js';
import { defineRoute } from '../../defineRoute.js';
import { participantsBody } from './schema.js';
import { idParams } from '../common.js';
import { authorize } from '../../../policies/index.js';
import { steeringMeetingDetailSchema } from '../../../presenters/steeringMeeting.js';
import { withTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../../audit.js';
import { Conflict } from '../../../errors.js';
import { setMeetingParticipants } from '../../../commands/setMeetingParticipants.js';
import { inviteToMeeting } from '../../../commands/inviteToMeeting.js';
import { invitationIcs } from '../../../meetings/meetingCalendar.js';
import { queueOutboxEmails } from '../../../../workflows/tasks/SendEmailTask.js';
import { findMeeting, meetingFor, presentMeetingDetail } from './meetingRecord.js';

const tag = 'steering meetings';
const entityType = 'SteeringMeeting';

const invitableSchema = z
  .object({
    items: z.array(
      z.object({ id: z.number().int(), name: z.string(), email: z.string(), side: z.enum(['directorate', 'centre']) }),
    ),
  })
  .openapi('InvitablePeople');

export function registerMeetingInvitationRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/steering-meetings/:id/invitable',
    tag,
    summary: "Who may be invited: the directorate's case officers and approvers, and the centre's own users",
    params: idParams,
    response: invitableSchema,
    handler: async ({ actor, params }) => {
      const meeting = await findMeeting(params.id);
      authorize(actor, 'invite', meeting, 'steering meeting');
      const users = await User.findAll({ where: { active: true }, order: [['name', 'ASC']] });
      return {
        items: users
          .filter((u) => (u.isCentreUser ? u.centreId === meeting.centreId : u.hasRole('case_officer', 'approver')))
          .map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            side: u.isCentreUser ? ('centre' as const) : ('directorate' as const),
          })),
      };
    },
  });

  defineRoute(router, {
    method: 'put',
    path: '/api/steering-meetings/:id/participants',
    tag,
    summary: 'Set who is invited: users by id, guests by name, e-mail and side (case officer)',
    description: 'Once invitations are out, a changed list raises the SEQUENCE and sends everyone the update.',
    params: idParams,
    body: participantsBody,
    response: steeringMeetingDetailSchema,
    handler: async ({ req, actor, params, body }) => {
      const { after, emails } = await withTransaction(async (transaction) => {
        const meeting = await meetingFor(actor, 'invite', params.id, transaction);
        const before = meeting.participants.map((p) => ({ name: p.name, email: p.email, side: p.side }));
        const emails = await setMeetingParticipants(meeting, body.participants, transaction);
        const after = await presentMeetingDetail(actor, meeting.id, transaction);
        await recordAudit(transaction, {
          req,
          action: 'set_participants',
          entityType,
          entityId: meeting.id,
          centreId: meeting.centreId,
          before: { participants: before },
          after: { participants: after.participants },
        });
        return { after, emails };
      });
      await queueOutboxEmails(emails);
      return after;
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/steering-meetings/:id/invitations',
    tag,
    summary: 'E-mail the calendar invitation (.ics, METHOD:REQUEST) to every participant (case officer)',
    description: 'Safe to repeat: a participant who already has the current version gets nothing new.',
    params: idParams,
    status: 202,
    response: steeringMeetingDetailSchema,
    handler: async ({ req, actor, params }) => {
      const { after, emails } = await withTransaction(async (transaction) => {
        const meeting = await meetingFor(actor, 'invite', params.id, transaction);
        const emails = await inviteToMeeting(meeting, transaction);
        const after = await presentMeetingDetail(actor, meeting.id, transaction);
        await recordAudit(transaction, {
          req,
          action: 'invite',
          entityType,
          entityId: meeting.id,
          centreId: meeting.centreId,
          after: { sequence: meeting.invitationSequence, emails: emails.length },
        });
        return { after, emails };
      });
      await queueOutboxEmails(emails);
      return after;
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/steering-meetings/:id/invite.ics',
    tag,
    summary: 'The current calendar invitation: METHOD:REQUEST, or METHOD:CANCEL once cancelled',
    params: idParams,
    produces: 'text/calendar',
    handler: async ({ res, actor, params }) => {
      const meeting = await findMeeting(params.id);
      authorize(actor, 'read', meeting, 'steering meeting');
      if (!meeting.meetingDate) throw Conflict('The meeting has no date yet, so there is no invitation.');
      res
        .type('text/calendar; charset=utf-8')
        .attachment(`styringsmote-${meeting.centre!.code.toLowerCase()}-${meeting.year}-${meeting.sequence}.ics`)
        .send(invitationIcs(meeting, meeting.participants));
    },
  });
}
