// Disbursements (utbetalinger): money paid out on a budget frame. Finance records them through
// recordDisbursement (letter accepted, frame and overdue rules, overrides); a centre reads its own.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineDeleteRoute, defineReadOneRoute } from '../crud.js';
import { createDisbursementBody, listDisbursementsQuery } from './schema.js';
import { BudgetFrame, BudgetLine, Centre, Disbursement, User } from '../../../models/index.js';
import { authorize } from '../../../policies/index.js';
import { disbursementSchema, presentDisbursement } from '../../../presenters/disbursement.js';
import { centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { findDisbursement, recordDisbursement } from '../../../commands/recordDisbursement.js';

const recordRoutes = {
  path: '/api/disbursements/:id',
  tag: 'money',
  params: idParams,
  entity: 'disbursement' as const,
  entityType: 'Disbursement',
  find: ({ id }: { id: number }, transaction?: Transaction) => findDisbursement(id, transaction),
  present: presentDisbursement,
  schema: disbursementSchema,
  centreIdOf: (payment: Disbursement) => payment.centreId,
};

export function registerDisbursementRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/disbursements',
    tag: 'money',
    summary: 'List disbursements, newest first; filters centre, year, budgetFrameId',
    query: listDisbursementsQuery,
    response: pageSchema(disbursementSchema),
    handler: async ({ actor, query }) => {
      const { rows, count } = await Disbursement.findAndCountAll({
        where: {
          ...(await centreFilter(actor, query.centre)),
          ...(query.year ? { year: query.year } : {}),
          ...(query.budgetFrameId ? { budgetFrameId: query.budgetFrameId } : {}),
        },
        include: [
          { model: Centre, as: 'centre' },
          { model: BudgetFrame, as: 'budgetFrame', include: [{ model: BudgetLine, as: 'budgetLine' }] },
          { model: User, as: 'recordedBy' },
        ],
        order: [
          ['paidOn', 'DESC'],
          ['id', 'DESC'],
        ],
        ...pageOptions(query),
      });
      return page(rows.map(presentDisbursement), count, query);
    },
  });

  defineReadOneRoute(router, { ...recordRoutes, summary: 'One disbursement' });

  defineRoute(router, {
    method: 'post',
    path: '/api/disbursements',
    tag: 'money',
    summary: 'Record a payment on a budget frame (finance)',
    description:
      'Refused (409 letter-not-accepted) until the centre has accepted the year’s main letter. Paying beyond the ' +
      'frame needs `overFrameReason`; paying while the centre’s accounts or report are overdue needs ' +
      '`overdueOverrideReason` (unless the budget line’s `holdWhenOverdue` is off). Without them the answer is ' +
      '409 override-required, whose `errors` name the missing reason and say why.',
    body: createDisbursementBody,
    status: 201,
    response: disbursementSchema,
    handler: async ({ req, actor, body }) => {
      // Asked of the frame the payment goes on (404 for a frame the actor may not read); a frame
      // that does not exist is the command's 400 on body.budgetFrameId.
      const frame = await BudgetFrame.findByPk(body.budgetFrameId);
      if (frame) authorize(actor, 'createDisbursement', frame, 'budget frame');
      return presentDisbursement(await recordDisbursement(body, req));
    },
  });

  defineDeleteRoute(router, { ...recordRoutes, summary: 'Delete a disbursement recorded in error (finance)' });
}
