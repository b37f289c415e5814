// The payment plan (utbetalingsplan) of a budget frame: instalments with dates, read together with
// what has been paid and what would hold the next payment. Finance replaces the plan as a whole.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { putPaymentPlanBody } from './schema.js';
import { authorize } from '../../../policies/index.js';
import { budgetFrameSchema, findBudgetFrame } from '../../../presenters/budgetFrame.js';
import { instalmentSchema, overdueDeadlineSchema } from '../../../presenters/disbursement.js';
import { idParams } from '../common.js';
import { requestLanguage } from '../../../i18n/language.js';
import { buildPaymentPlan } from '../../../commands/buildPaymentPlan.js';
import { replacePaymentPlan } from '../../../commands/replacePaymentPlan.js';

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

export function registerPaymentPlanRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/budget-frames/:id/payment-plan',
    tag: 'money',
    summary: 'A frame’s payment plan, what is paid, and what holds the next payment',
    params: idParams,
    response: paymentPlanSchema,
    handler: async ({ req, actor, params }) => {
      const frame = await findBudgetFrame(params.id);
      authorize(actor, 'read', frame, 'budget frame');
      return buildPaymentPlan(frame, undefined, requestLanguage(req));
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
    handler: ({ req, actor, params, body }) => replacePaymentPlan(actor, params.id, body.instalments, req),
  });
}
