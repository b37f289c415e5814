// Steering meetings (styringsmøter), normally two a year per centre. Case officers plan them; both
// sides read their own, prepare the agenda and approve the minutes (see the files beside this one).
import type { Router } from 'express';
import { IndexHints } from 'sequelize';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute } from '../crud.js';
import { createSteeringMeetingBody, listSteeringMeetingsQuery, updateSteeringMeetingBody } from './schema.js';
import { Centre, GrantLetter, SteeringMeeting } from '../../../models/index.js';
import { authorize } from '../../../policies/index.js';
import {
  presentSteeringMeeting,
  steeringMeetingDetailSchema,
  steeringMeetingSchema,
} from '../../../presenters/steeringMeeting.js';
import { centreByCode, centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { Conflict, fieldError } from '../../../errors.js';
import { loadMeetingPreparation } from '../../../meetings/meetingPreparation.js';
import { syncAgendaDeadline } from '../../../meetings/agendaDeadline.js';
import { changeSteeringMeeting } from '../../../commands/changeSteeringMeeting.js';
import { deleteSteeringMeeting } from '../../../commands/deleteSteeringMeeting.js';
import { defineMeetingChange } from './meetingChangeRoute.js';
import { presentMeetingDetail } from '../../../meetings/meetingRecord.js';
import { registerMeetingInvitationRoutes } from './invitations.js';
import { registerAgendaRoutes } from './agenda.js';
import { registerMeetingPackRoutes } from './pack.js';
import { registerMinutesRoutes } from './minutes.js';
import { say } from '../../../i18n/language.js';

const entityType = 'SteeringMeeting';
const tag = 'steering meetings';

/** One meeting per number per centre and year: a clear 400 rather than the database's 409. */
async function checkSequenceFree(
  centreId: number,
  year: number,
  sequence: number,
  transaction: Transaction,
  exceptId?: number,
) {
  const taken = await SteeringMeeting.findOne({ where: { centreId, year, sequence }, transaction });
  if (taken && taken.id !== exceptId)
    throw fieldError(
      'body.sequence',
      say(
        `senteret har allerede styringsmøte ${sequence} i ${year}`,
        `the centre already has steering meeting ${sequence} in ${year}`,
      ),
    );
}

async function checkLetter(centreId: number, letterId: number | null | undefined, transaction: Transaction) {
  if (!letterId) return;
  const letter = await GrantLetter.findByPk(letterId, { transaction });
  if (!letter || letter.centreId !== centreId)
    throw fieldError(
      'body.letterId',
      say(`senteret har ikke noe brev ${letterId}`, `no letter ${letterId} of this centre`),
    );
}

export function registerSteeringMeetingRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/steering-meetings',
    tag,
    summary: 'List steering meetings with their preparation status; filters centre, year, status',
    query: listSteeringMeetingsQuery,
    response: pageSchema(steeringMeetingSchema),
    handler: async ({ actor, query }) => {
      const byCentre = await centreFilter(actor, query.centre);
      const where = {
        ...byCentre,
        ...(query.year ? { year: query.year } : {}),
        ...(query.status ? { status: query.status } : {}),
      };
      const rows = await SteeringMeeting.findAll({
        where,
        // Unfiltered, MariaDB would read and sort every meeting for a page (5,600 at 300 centres × 10
        // years: 1.6 ms) rather than read the page in order through the index made for this order
        // (0.1 ms). Filtered, it picks the right index by itself: a centre's or a year's meetings
        // through their own, and a status, which may match few, by reading them all.
        ...(Object.keys(where).length === 0
          ? { indexHints: [{ type: IndexHints.FORCE, values: ['steering_meetings_year_centre_sequence'] }] }
          : {}),
        include: [{ model: Centre, as: 'centre' }],
        order: [
          ['year', 'DESC'],
          ['centreId', 'ASC'],
          ['sequence', 'ASC'],
        ],
        ...pageOptions(query),
      });
      const count = await SteeringMeeting.count({ where });
      const preparation = await loadMeetingPreparation(rows);
      return page(
        rows.map((m) => presentSteeringMeeting(m, preparation.get(m.id)!)),
        count,
        query,
      );
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/steering-meetings/:id',
    tag,
    summary: 'One steering meeting with participants, agenda, minutes, the stored pack and your abilities',
    params: idParams,
    response: steeringMeetingDetailSchema,
    handler: ({ actor, params }) => presentMeetingDetail(actor, params.id),
  });

  defineCreateRoute(router, {
    path: '/api/steering-meetings',
    tag,
    summary: 'Plan a steering meeting: a date, or a month until the date is agreed (case officer)',
    body: createSteeringMeetingBody,
    schema: steeringMeetingDetailSchema,
    entityType,
    authorize: async ({ actor, body }) => {
      const centre = await centreByCode(body.centre, 'body.centre');
      authorize(actor, 'createSteeringMeeting', centre, 'centre');
      return centre;
    },
    create: async ({ body, parent: centre, transaction }) => {
      await checkLetter(centre.id, body.letterId, transaction);
      await checkSequenceFree(centre.id, body.year, body.sequence, transaction);
      const created = await SteeringMeeting.build({
        ...body,
        centreId: centre.id,
        meetingDate: body.meetingDate ?? null,
        plannedMonth: body.plannedMonth ?? null,
        startTime: body.startTime ?? null,
        videoLink: body.videoLink ?? null,
        status: body.status ?? (body.meetingDate ? 'scheduled' : 'planned'),
        location: body.location ?? null,
        letterId: body.letterId ?? null,
      }).save({ transaction });
      await syncAgendaDeadline(created, transaction);
      return created;
    },
    present: (created, { actor, transaction }) => presentMeetingDetail(actor, created.id, transaction),
    centreIdOf: (meeting) => meeting.centreId,
  });

  defineMeetingChange(router, {
    method: 'patch',
    path: '',
    summary: 'Change a steering meeting (case officer)',
    description:
      'A change to date, time, length, place or video link raises the invitation SEQUENCE, moves the agenda deadline and, once invitations are out, e-mails every participant the updated .ics.',
    body: updateSteeringMeetingBody,
    action: 'update',
    auditAction: 'update',
    change: async ({ actor, meeting, body, transaction }) => {
      // A cancelled meeting stays cancelled (calendars have removed it); plan a new one instead.
      if (meeting.status === 'cancelled')
        throw Conflict(
          say(
            'Møtet er avlyst; planlegg et nytt møte i stedet.',
            'The meeting is cancelled; plan a new meeting instead.',
          ),
        );
      await checkLetter(meeting.centreId, body.letterId, transaction);
      if (body.sequence !== undefined)
        await checkSequenceFree(meeting.centreId, meeting.year, body.sequence, transaction, meeting.id);
      const meetingDate = body.meetingDate === undefined ? meeting.meetingDate : body.meetingDate;
      const plannedMonth = body.plannedMonth === undefined ? meeting.plannedMonth : body.plannedMonth;
      if (!meetingDate && !plannedMonth)
        throw fieldError(
          'body.plannedMonth',
          say('må fylles ut når møtet ikke har dato', 'is required when there is no meetingDate'),
        );
      if (meetingDate && !meetingDate.startsWith(`${meeting.year}-`))
        throw fieldError('body.meetingDate', say(`må være i ${meeting.year}`, `must fall in ${meeting.year}`));
      const before = await presentMeetingDetail(actor, meeting.id, transaction);
      return { emails: await changeSteeringMeeting(meeting, body, transaction), audit: { before } };
    },
  });

  defineMeetingChange(router, {
    method: 'post',
    path: '/cancel',
    summary: 'Cancel a steering meeting (case officer); invited participants get METHOD:CANCEL',
    action: 'update',
    auditAction: 'cancel',
    change: async ({ meeting, transaction }) => {
      if (meeting.status === 'held')
        throw Conflict(
          say('Møtet er holdt; det kan ikke lenger avlyses.', 'The meeting is held; it can no longer be cancelled.'),
        );
      return { emails: await changeSteeringMeeting(meeting, { status: 'cancelled' }, transaction) };
    },
  });

  defineRoute(router, {
    method: 'delete',
    path: '/api/steering-meetings/:id',
    tag,
    summary:
      'Delete a steering meeting planned by mistake (case officer); one with invitations out is cancelled instead',
    params: idParams,
    status: 204,
    handler: ({ req, actor, params }) => deleteSteeringMeeting(actor, params.id, req),
  });

  registerMeetingInvitationRoutes(router);
  registerAgendaRoutes(router);
  registerMeetingPackRoutes(router);
  registerMinutesRoutes(router);
}
