// Who is invited, sending the calendar invitation, and the invitation as an .ics file.
import type { Router } from 'express';
import { z } from 'zod';
import { User } from '../../../models/index.js';
import { defineRoute } from '../../defineRoute.js';
import { participantsBody } from './schema.js';
import { idParams } from '../common.js';
import { authorize, can } from '../../../policies/index.js';
import { Conflict } from '../../../errors.js';
import { setMeetingParticipants } from '../../../commands/setMeetingParticipants.js';
import { inviteToMeeting } from '../../../commands/inviteToMeeting.js';
import { invitationIcs } from '../../../meetings/meetingCalendar.js';
import { findMeeting } from '../../../meetings/meetingRecord.js';
import { defineMeetingChange } from './meetingChangeRoute.js';
import { say } from '../../../i18n/language.js';

const tag = 'steering meetings';

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
          .filter((u) => can(u, 'attend', meeting))
          .map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            side: u.isCentreUser ? ('centre' as const) : ('directorate' as const),
          })),
      };
    },
  });

  defineMeetingChange(router, {
    method: 'put',
    path: '/participants',
    summary: 'Set who is invited: users by id, guests by name, e-mail and side (case officer)',
    description:
      'Once invitations are out, a changed list raises the SEQUENCE and sends everyone the update; those taken off get a CANCEL.',
    body: participantsBody,
    action: 'invite',
    auditAction: 'set_participants',
    change: async ({ meeting, body, transaction }) => {
      const listed = (people: { name: string; email: string; side: string }[]) =>
        people.map(({ name, email, side }) => ({ name, email, side }));
      const before = { participants: listed(meeting.participants) };
      const emails = await setMeetingParticipants(meeting, body.participants, transaction);
      return { emails, audit: { before, after: { participants: body.participants } } };
    },
  });

  defineMeetingChange(router, {
    method: 'post',
    path: '/invitations',
    summary: 'E-mail the calendar invitation (.ics, METHOD:REQUEST) to every participant (case officer)',
    description: 'Safe to repeat: a participant who already has the current version gets nothing new.',
    status: 202,
    action: 'invite',
    auditAction: 'invite',
    change: async ({ meeting, transaction }) => {
      const emails = await inviteToMeeting(meeting, transaction);
      return { emails, audit: { after: { sequence: meeting.invitationSequence, emails: emails.length } } };
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
      if (!meeting.meetingDate)
        throw Conflict(
          say(
            'Møtet har ingen dato ennå, så det finnes ingen invitasjon.',
            'The meeting has no date yet, so there is no invitation.',
          ),
        );
      res
        .type('text/calendar; charset=utf-8')
        .attachment(`styringsmote-${meeting.centre!.code.toLowerCase()}-${meeting.year}-${meeting.sequence}.ics`)
        .send(invitationIcs(meeting, meeting.participants));
    },
  });
}
