import { z } from 'zod';
import { amountOre, centreCode, isoDate, optionalText, paginationQuery, text, year } from '../common.js';

export const listDisbursementsQuery = paginationQuery.extend({
  centre: centreCode.optional(),
  year: year.optional(),
  budgetFrameId: z.coerce.number().int().positive().optional(),
});

const reason = (what: string) =>
  text(500)
    .nullable()
    .optional()
    .openapi({ description: `Required when ${what}; stored with the payment` });

export const createDisbursementBody = z.object({
  budgetFrameId: z.number().int().positive(),
  paidOn: isoDate,
  amountOre: amountOre.min(1, 'must be at least 1 øre'),
  voucherReference: text(60).openapi({ description: 'Voucher (bilag) reference in the accounting system' }),
  note: optionalText(500),
  overFrameReason: reason('the payment takes the frame’s paid total beyond its amount'),
  overdueOverrideReason: reason('the centre’s accounts or report are overdue and the budget line holds payments'),
});

export const reverseDisbursementBody = z.object({
  reason: text(500).openapi({ description: 'Why the payment is reversed; kept with the reversal and in the audit' }),
});
