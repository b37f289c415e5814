// Deadlines (frister): plan, accounts, report, assignment, meeting preparation, action items.
// Case officers write them; a centre reads its own.
import type { Router } from 'express';
import { Op } from 'sequelize';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute, defineDeleteRoute, defineUpdateRoute } from '../crud.js';
import { lockedIfWriting } from '../../../db/lockedIfWriting.js';
import { createDeadlineBody, listDeadlinesQuery, updateDeadlineBody } from './schema.js';
import { Assignment, Centre, Deadline, GrantLetter, SteeringMeeting } from '../../../models/index.js';
import { openDeadlineStatuses } from '../../../models/Deadline.js';
import { authorize, can } from '../../../policies/index.js';
import {
  deadlineAbilities,
  deadlineDetailSchema,
  deadlineSchema,
  presentDeadline,
} from '../../../presenters/deadline.js';
import { centreByCode, centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { fieldError } from '../../../errors.js';
import { registerDeadlineWorkRoutes } from './work.js';
import { registerPunctualityRoute } from './punctuality.js';
import { say } from '../../../i18n/language.js';

const entityType = 'Deadline';

async function findDeadline(id: number, transaction?: Transaction) {
  return Deadline.findByPk(id, { include: [{ model: Centre, as: 'centre' }], ...lockedIfWriting(transaction) });
}

const recordRoutes = {
  path: '/api/deadlines/:id',
  tag: 'deadlines',
  params: idParams,
  entity: 'deadline' as const,
  entityType,
  find: ({ id }: { id: number }, transaction?: Transaction) => findDeadline(id, transaction),
  present: presentDeadline,
  schema: deadlineSchema,
  centreIdOf: (deadline: Deadline) => deadline.centreId,
};

/** Links must point at records of the same centre. */
async function checkLinks(
  centreId: number,
  links: { letterId?: number | null; assignmentId?: number | null; steeringMeetingId?: number | null },
  transaction: Transaction,
) {
  const checks = [
    ['letterId', links.letterId, GrantLetter],
    ['assignmentId', links.assignmentId, Assignment],
    ['steeringMeetingId', links.steeringMeetingId, SteeringMeeting],
  ] as const;
  for (const [field, id, model] of checks) {
    if (!id) continue;
    const record = (await (model as typeof GrantLetter).findByPk(id, { transaction })) as { centreId: number } | null;
    if (!record || record.centreId !== centreId)
      throw fieldError(`body.${field}`, say(`senteret har ingen post ${id}`, `no record ${id} of this centre`));
  }
}

export function registerDeadlineRoutes(router: Router) {
  // Before /api/deadlines/:id, which would take "punctuality" for an id.
  registerPunctualityRoute(router);
  registerDeadlineWorkRoutes(router);
  defineRoute(router, {
    method: 'get',
    path: '/api/deadlines',
    tag: 'deadlines',
    summary: 'List deadlines by due date; filters centre, year, kind, status, open, dueFrom, dueTo',
    query: listDeadlinesQuery,
    response: pageSchema(deadlineSchema),
    handler: async ({ actor, query }) => {
      const due = {
        ...(query.dueFrom ? { [Op.gte]: query.dueFrom } : {}),
        ...(query.dueTo ? { [Op.lte]: query.dueTo } : {}),
      };
      const { rows, count } = await Deadline.findAndCountAll({
        where: {
          ...(await centreFilter(actor, query.centre)),
          ...(query.year ? { year: query.year } : {}),
          ...(query.kind ? { kind: query.kind } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...(query.open === undefined
            ? {}
            : {
                status: {
                  [query.open ? Op.in : Op.notIn]: openDeadlineStatuses,
                  ...(query.status ? { [Op.eq]: query.status } : {}),
                },
              }),
          ...(query.dueFrom || query.dueTo ? { dueDate: due } : {}),
        },
        include: [{ model: Centre, as: 'centre' }],
        order: [
          ['dueDate', 'ASC'],
          ['id', 'ASC'],
        ],
        ...pageOptions(query),
      });
      return page(rows.map(presentDeadline), count, query);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: recordRoutes.path,
    tag: recordRoutes.tag,
    summary: 'One deadline, with what you may do with it (abilities)',
    params: idParams,
    response: deadlineDetailSchema,
    handler: async ({ actor, params }) => {
      const deadline = await findDeadline(params.id);
      authorize(actor, 'read', deadline, 'deadline');
      return {
        ...presentDeadline(deadline),
        abilities: Object.fromEntries(deadlineAbilities.map((action) => [action, can(actor, action, deadline)])),
      };
    },
  });

  defineCreateRoute(router, {
    path: '/api/deadlines',
    tag: 'deadlines',
    summary: 'Create a deadline (case officer)',
    body: createDeadlineBody,
    schema: deadlineSchema,
    entityType,
    authorize: async ({ actor, body }) => {
      const centre = await centreByCode(body.centre, 'body.centre');
      authorize(actor, 'createDeadline', centre, 'centre');
      return centre;
    },
    create: async ({ body, parent: centre, transaction }) => {
      await checkLinks(centre.id, body, transaction);
      return Deadline.build({
        ...body,
        centreId: centre.id,
        periodYear: body.periodYear ?? null,
        letterId: body.letterId ?? null,
        assignmentId: body.assignmentId ?? null,
        steeringMeetingId: body.steeringMeetingId ?? null,
      }).save({ transaction });
    },
    present: async (created, { transaction }) => presentDeadline((await findDeadline(created.id, transaction))!),
    centreIdOf: (deadline) => deadline.centreId,
  });

  defineUpdateRoute(router, {
    ...recordRoutes,
    summary: 'Change a deadline, e.g. move its due date (case officer)',
    body: updateDeadlineBody,
    check: ({ record, body, transaction }) => checkLinks(record.centreId, body, transaction),
  });

  defineDeleteRoute(router, { ...recordRoutes, summary: 'Delete a deadline (case officer)' });
}
