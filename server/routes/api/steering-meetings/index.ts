// Steering meetings (styringsmøter), normally two a year per centre. Case officers write them;
// a centre reads its own.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineDeleteRoute, defineReadOneRoute, defineUpdateRoute, lockedIfWriting } from '../crud.js';
import { createSteeringMeetingBody, listSteeringMeetingsQuery, updateSteeringMeetingBody } from './schema.js';
import { Centre, GrantLetter, SteeringMeeting } from '../../../models/index.js';
import { authorize } from '../../../policies/index.js';
import { presentSteeringMeeting, steeringMeetingSchema } from '../../../presenters/steeringMeeting.js';
import { centreByCode, centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { withTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../../audit.js';
import { fieldError } from '../../../errors.js';

const entityType = 'SteeringMeeting';

async function findMeeting(id: number, transaction?: Transaction) {
  return SteeringMeeting.findByPk(id, { include: [{ model: Centre, as: 'centre' }], ...lockedIfWriting(transaction) });
}

const recordRoutes = {
  path: '/api/steering-meetings/:id',
  tag: 'steering meetings',
  params: idParams,
  entity: 'steering meeting',
  entityType,
  find: ({ id }: { id: number }, transaction?: Transaction) => findMeeting(id, transaction),
  present: presentSteeringMeeting,
  schema: steeringMeetingSchema,
  centreIdOf: (meeting: SteeringMeeting) => meeting.centreId,
};

async function checkLetter(centreId: number, letterId: number | null | undefined, transaction: Transaction) {
  if (!letterId) return;
  const letter = await GrantLetter.findByPk(letterId, { transaction });
  if (!letter || letter.centreId !== centreId)
    throw fieldError('body.letterId', `no letter ${letterId} of this centre`);
}

export function registerSteeringMeetingRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/steering-meetings',
    tag: 'steering meetings',
    summary: 'List steering meetings; filters centre, year, status',
    query: listSteeringMeetingsQuery,
    response: pageSchema(steeringMeetingSchema),
    handler: async ({ actor, query }) => {
      const { rows, count } = await SteeringMeeting.findAndCountAll({
        where: {
          ...(await centreFilter(actor, query.centre)),
          ...(query.year ? { year: query.year } : {}),
          ...(query.status ? { status: query.status } : {}),
        },
        include: [{ model: Centre, as: 'centre' }],
        order: [
          ['year', 'DESC'],
          ['centreId', 'ASC'],
          ['sequence', 'ASC'],
        ],
        ...pageOptions(query),
      });
      return page(rows.map(presentSteeringMeeting), count, query);
    },
  });

  defineReadOneRoute(router, { ...recordRoutes, summary: 'One steering meeting' });

  defineRoute(router, {
    method: 'post',
    path: '/api/steering-meetings',
    tag: 'steering meetings',
    summary: 'Plan a steering meeting: a date, or a month until the date is agreed (case officer)',
    body: createSteeringMeetingBody,
    status: 201,
    response: steeringMeetingSchema,
    handler: async ({ req, actor, body }) => {
      const centre = await centreByCode(body.centre, 'body.centre');
      const candidate = SteeringMeeting.build({
        ...body,
        centreId: centre.id,
        meetingDate: body.meetingDate ?? null,
        plannedMonth: body.plannedMonth ?? null,
        status: body.status ?? (body.meetingDate ? 'scheduled' : 'planned'),
        location: body.location ?? null,
        letterId: body.letterId ?? null,
      });
      authorize(actor, 'create', candidate, 'steering meeting');
      return withTransaction(async (transaction) => {
        await checkLetter(centre.id, body.letterId, transaction);
        const created = await candidate.save({ transaction });
        const after = presentSteeringMeeting((await findMeeting(created.id, transaction))!);
        await recordAudit(transaction, {
          req,
          action: 'create',
          entityType,
          entityId: created.id,
          centreId: centre.id,
          after,
        });
        return after;
      });
    },
  });

  defineUpdateRoute(router, {
    ...recordRoutes,
    summary: 'Change a steering meeting (case officer)',
    body: updateSteeringMeetingBody,
    check: async ({ record, body, transaction }) => {
      await checkLetter(record.centreId, body.letterId, transaction);
      const meetingDate = body.meetingDate === undefined ? record.meetingDate : body.meetingDate;
      const plannedMonth = body.plannedMonth === undefined ? record.plannedMonth : body.plannedMonth;
      if (!meetingDate && !plannedMonth)
        throw fieldError('body.plannedMonth', 'is required when there is no meetingDate');
      if (meetingDate && !meetingDate.startsWith(`${record.year}-`))
        throw fieldError('body.meetingDate', `must fall in ${record.year}`);
    },
  });

  defineDeleteRoute(router, { ...recordRoutes, summary: 'Delete a steering meeting (case officer)' });
}
