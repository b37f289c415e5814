// The payment plan (utbetalingsplan) of a budget frame: instalments with dates, read together with
// what has been paid and what would hold the next payment. Finance replaces the plan as a whole.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { putPaymentPlanBody } from './schema.js';
import { BudgetFrame, BudgetLine, Centre, PaymentInstalment } from '../../../models/index.js';
import { authorize } from '../../../policies/index.js';
import { budgetFrameSchema, presentBudgetFrame } from '../../../presenters/budgetFrame.js';
import { instalmentSchema, overdueDeadlineSchema, presentInstalments } from '../../../presenters/disbursement.js';
import { idParams } from '../common.js';
import { withTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../../audit.js';
import { fieldError } from '../../../errors.js';
import { requestLanguage, say, type Language } from '../../../i18n/language.js';
import { formatKroner } from '../../../../common/money.js';
import { osloToday } from '../../../calendar.js';
import { letterHold, overdueHandIns, paidOnFrame } from '../../../commands/paymentHolds.js';
import type { Transaction } from 'sequelize';

const paymentPlanSchema = z
  .object({
    budgetFrame: budgetFrameSchema,
    instalments: z.array(instalmentSchema),
    plannedOre: z.number().int(),
    paidOre: z.number().int(),
    remainingOre: z.number().int().openapi({ description: 'Frame minus paid (negative when paid beyond the frame)' }),
    holds: z.object({
      letter: z.string().nullable().openapi({ description: 'Why no payment may be made yet, or null' }),
      overdue: z
        .array(overdueDeadlineSchema)
        .openapi({ description: 'Overdue accounts/report: a payment needs overdueOverrideReason' }),
    }),
  })
  .openapi('PaymentPlan');

async function findFrame(id: number, transaction?: Transaction) {
  return BudgetFrame.findByPk(id, {
    include: [
      { model: Centre, as: 'centre' },
      { model: BudgetLine, as: 'budgetLine' },
    ],
    ...(transaction ? { transaction, lock: transaction.LOCK.UPDATE } : {}),
  });
}

async function paymentPlan(frame: BudgetFrame, transaction?: Transaction, language: Language = 'nb') {
  const options = transaction ? { transaction } : {};
  const instalments = await PaymentInstalment.findAll({ where: { budgetFrameId: frame.id }, ...options });
  const paidOre = await paidOnFrame(frame.id, transaction);
  const today = osloToday();
  const hold = await letterHold(frame.centreId, frame.year, transaction);
  return {
    budgetFrame: presentBudgetFrame(frame),
    instalments: presentInstalments(instalments, paidOre, today),
    plannedOre: instalments.reduce((sum, instalment) => sum + instalment.amountOre, 0),
    paidOre,
    remainingOre: frame.amountOre - paidOre,
    holds: {
      letter: hold.problem ? hold.problem[language] : null,
      overdue: frame.budgetLine!.holdWhenOverdue ? await overdueHandIns(frame.centreId, transaction, today) : [],
    },
  };
}

export function registerPaymentPlanRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/budget-frames/:id/payment-plan',
    tag: 'money',
    summary: 'A frame’s payment plan, what is paid, and what holds the next payment',
    params: idParams,
    response: paymentPlanSchema,
    handler: async ({ req, actor, params }) => {
      const frame = await findFrame(params.id);
      authorize(actor, 'read', frame, 'budget frame');
      return paymentPlan(frame, undefined, requestLanguage(req));
    },
  });

  defineRoute(router, {
    method: 'put',
    path: '/api/budget-frames/:id/payment-plan',
    tag: 'money',
    summary: 'Replace a frame’s payment plan (finance); the instalments may not add up to more than the frame',
    params: idParams,
    body: putPaymentPlanBody,
    response: paymentPlanSchema,
    handler: async ({ req, actor, params, body }) =>
      withTransaction(async (transaction) => {
        const frame = await findFrame(params.id, transaction);
        authorize(actor, 'planPayments', frame, 'budget frame');
        const plannedOre = body.instalments.reduce((sum, instalment) => sum + instalment.amountOre, 0);
        if (plannedOre > frame.amountOre)
          throw fieldError(
            'body.instalments',
            say(
              `avdragene blir til sammen ${formatKroner(plannedOre)}, mer enn rammen på ${formatKroner(frame.amountOre)}`,
              `the instalments add up to ${formatKroner(plannedOre)}, more than the frame of ${formatKroner(frame.amountOre)}`,
            ),
          );
        const before = await paymentPlan(frame, transaction);
        await PaymentInstalment.destroy({ where: { budgetFrameId: frame.id }, transaction });
        await PaymentInstalment.bulkCreate(
          body.instalments.map((instalment) => ({
            budgetFrameId: frame.id,
            dueDate: instalment.dueDate,
            amountOre: instalment.amountOre,
            note: instalment.note ?? null,
          })),
          { transaction },
        );
        const after = await paymentPlan(frame, transaction);
        await recordAudit(transaction, {
          req,
          action: 'update_payment_plan',
          entityType: 'BudgetFrame',
          entityId: frame.id,
          centreId: frame.centreId,
          before: before.instalments,
          after: after.instalments,
        });
        return after;
      }),
  });
}
