// Disbursements (utbetalinger): money paid out on a budget frame. Finance records them through
// recordDisbursement (letter accepted, frame and overdue rules, overrides); a centre reads its own.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { defineDeleteRoute, defineReadOneRoute } from '../crud.js';
import { createDisbursementBody, listDisbursementsQuery, reverseDisbursementBody } from './schema.js';
import { BudgetFrame, BudgetLine, Centre, Disbursement, User } from '../../../models/index.js';
import { can, authorize } from '../../../policies/index.js';
import type { User as Actor } from '../../../models/index.js';
import { disbursementSchema, presentDisbursement } from '../../../presenters/disbursement.js';
import { centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { findDisbursement, recordDisbursement } from '../../../commands/recordDisbursement.js';
import { reverseDisbursement } from '../../../commands/reverseDisbursement.js';
import { Conflict } from '../../../errors.js';
import { say } from '../../../i18n/language.js';

const listItemSchema = disbursementSchema.extend({
  abilities: z
    .object({ reverse: z.boolean() })
    .openapi({ description: 'What you may do with this payment (reverse: not a reversal, not reversed yet)' }),
});

const withAbilities = (actor: Actor, payment: Disbursement) => ({
  ...presentDisbursement(payment),
  abilities: { reverse: can(actor, 'reverse', payment) && !payment.reversesId && !payment.reversal },
});

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
    response: pageSchema(listItemSchema),
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
          { model: Disbursement, as: 'reversal' },
        ],
        distinct: true,
        order: [
          ['paidOn', 'DESC'],
          ['id', 'DESC'],
        ],
        ...pageOptions(query),
      });
      return page(
        rows.map((payment) => withAbilities(actor, payment)),
        count,
        query,
      );
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

  defineRoute(router, {
    method: 'post',
    path: '/api/disbursements/:id/reverse',
    tag: 'money',
    summary: 'Reverse a payment with a reason (finance): a reversing entry of the negative amount, never a delete',
    description:
      'Records a new disbursement dated today with the payment’s amount negated and `reversesId` set, so what is ' +
      'paid on the frame drops by that amount and the ledger keeps both. 409 when the payment is already reversed ' +
      'or is itself a reversal. Audited as `reverse` on the payment.',
    params: idParams,
    body: reverseDisbursementBody,
    status: 201,
    response: disbursementSchema,
    handler: async ({ req, actor, params, body }) =>
      presentDisbursement(await reverseDisbursement(actor, params.id, body.reason, req)),
  });

  defineDeleteRoute(router, {
    ...recordRoutes,
    summary: 'Delete a disbursement recorded in error (finance); a reversed payment or a reversal stays',
    check: ({ record }) => {
      if (record.reversesId || record.reversal)
        throw Conflict(
          say(
            `Utbetaling ${record.id} inngår i en tilbakeføring og kan ikke slettes.`,
            `Disbursement ${record.id} is part of a reversal and cannot be deleted.`,
          ),
        );
    },
  });
}
